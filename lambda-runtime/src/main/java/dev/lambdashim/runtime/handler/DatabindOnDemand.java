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

    JsonFunctionInvoker get() {
        JsonFunctionInvoker built = invoker;
        if (built == null) {
            // Two workers may both build one; they are equal, and either is kept.
            built = JsonInvokers.databind(function, eventType, resultType);
            invoker = built;
        }
        return built;
    }
}
