package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.handler.JsonFunctionInvoker.EventFunction;
import dev.lambdashim.runtime.invocation.ResponseSink;
import dev.lambdashim.runtime.json.PlainJson;
import dev.lambdashim.runtime.json.TypedJson;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Calls a handler of records, JavaBeans and {@code lambda-events} types without databind: the event is bound and
 * the result written by {@link TypedJson}. What it is not sure of (an event it does not decide, a malformed one, a
 * result of a class it does not write) goes to the {@link JsonFunctionInvoker} the handler would otherwise have had,
 * built on first need, so every answer and error is databind's own.
 *
 * <p>Why: databind's set-up is most of a typed function's cold start beyond hello world (README, Performance).
 */
final class TypedJsonInvoker implements FunctionInvoker {

    private final EventFunction function;
    private final TypedJson json;
    private final Type eventType;
    private final DatabindOnDemand databind;

    private TypedJsonInvoker(EventFunction function, TypedJson json, Type eventType, Type resultType) {
        this.function = function;
        this.json = json;
        this.eventType = eventType;
        this.databind = new DatabindOnDemand(function, eventType, resultType);
    }

    /**
     * The invoker for a handler with these concrete types, or {@code null} when databind must bind its event or the
     * function lists a mapper of its own.
     *
     * @param eventType the event's type; {@code null} when the handler takes no event
     * @param resultType the result's declared type; {@code null} for {@code void}
     */
    static TypedJsonInvoker of(EventFunction function, Type eventType, Type resultType, ClassLoader loader) {
        if (PlainJsonInvoker.mapperProvided(loader) || (resultType != null && !PlainJsonInvoker.concrete(resultType))
                || (eventType != null && !PlainJsonInvoker.concrete(eventType))) {
            return null;
        }
        TypedJson json = TypedJson.forEvent(eventType);
        return json == null ? null : new TypedJsonInvoker(function, json, eventType, resultType);
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        Object input = null;
        if (eventType != null) {
            input = json.read(event);
            if (input == PlainJson.UNDECIDED) {
                databind.get().invoke(event, context, response);
                return;
            }
        }
        Object result = FunctionInvoker.awaitIfAsync(function.apply(input, context));
        boolean written;
        try {
            written = json.write(response, result);
        } catch (IOException e) {
            throw JsonProblems.unwritable(result, JsonProblems.describe(e, ""), e, response);
        }
        if (!written) {
            response.discard();
            databind.get().writeResult(result, response);
        }
    }
}
