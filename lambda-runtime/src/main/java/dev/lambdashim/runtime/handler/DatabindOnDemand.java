package dev.lambdashim.runtime.handler;

import dev.lambdashim.runtime.handler.JsonFunctionInvoker.EventFunction;
import java.lang.reflect.Type;

/**
 * A handler's databind invoker, built only when the plain or typed path hands an event or a result over to it: a
 * function that never needs it never pays databind's set-up.
 */
final class DatabindOnDemand {

    private final EventFunction function;
    private final Type eventType;
    private final Type resultType;
    private volatile JsonFunctionInvoker invoker;

    DatabindOnDemand(EventFunction function, Type eventType, Type resultType) {
        this.function = function;
        this.eventType = eventType;
        this.resultType = resultType;
    }

    JsonFunctionInvoker get() throws InvocationFailure {
        JsonFunctionInvoker built = invoker;
        if (built == null) {
            try {
                // Two workers may both build one; they are equal, and either is kept.
                built = JsonInvokers.databind(function, eventType, resultType);
            } catch (NoClassDefFoundError e) {
                // The plugin leaves databind out only for handlers that never come here (needsNoDatabind): a zip
                // assembled by hand, or a classpath edited, may still get here.
                throw new InvocationFailure("DatabindMissing", "this event or result needs Jackson databind ("
                        + e.getMessage() + " is missing from the classpath). lambda:package leaves databind out of"
                        + " the zip of a handler that never needs it: if Lambda's Handler setting names another"
                        + " handler than the zip was built for, package that one (<handler>), or add"
                        + " com.fasterxml.jackson.core:jackson-databind to the function's dependencies", e);
            }
            invoker = built;
        }
        return built;
    }
}
