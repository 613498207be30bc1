package dev.lambdashim.runtime.handler;

import com.fasterxml.jackson.databind.JavaType;
import dev.lambdashim.core.Handler;
import dev.lambdashim.runtime.handler.JsonFunctionInvoker.EventFunction;
import java.lang.reflect.Type;

/**
 * The invoker of a handler that takes and returns JSON: {@link PlainJsonInvoker} when its event is plain values or
 * none, {@link TypedJsonInvoker} when it is a type {@code TypedJson} binds (both without databind at start-up), else
 * {@link JsonFunctionInvoker} with databind's reader and writer.
 */
final class JsonInvokers {

    private JsonInvokers() {
    }

    /** For a {@code Handler<I, O>} class. */
    static FunctionInvoker forHandler(Class<?> type, EventFunction function, ClassLoader loader) {
        Type[] direct = PlainJsonInvoker.handlerTypes(type);
        FunctionInvoker plain = direct == null ? null : PlainJsonInvoker.of(function, direct[0], direct[1], loader);
        if (plain != null) {
            return plain;
        }
        FunctionInvoker typed = direct == null ? null : TypedJsonInvoker.of(function, direct[0], direct[1], loader);
        if (typed != null) {
            return typed;
        }
        JsonCodec codec = JsonCodec.get();
        // Resolves Handler's <I, O> through superclasses and interfaces, so generic events keep their element types.
        JavaType[] io = codec.type(type).findTypeParameters(Handler.class);
        JavaType eventType = io.length == 2 ? io[0] : codec.type(Object.class);
        JavaType resultType = io.length == 2 ? io[1] : null;
        return new JsonFunctionInvoker(function, eventType, resultType, codec);
    }

    /**
     * For a method named as {@code Class::method}.
     *
     * @param eventType its event parameter's type; {@code null} when it takes none
     * @param resultType its declared result type; {@code null} for {@code void}
     */
    static FunctionInvoker forMethod(EventFunction function, Type eventType, Type resultType, ClassLoader loader) {
        FunctionInvoker plain = PlainJsonInvoker.of(function, eventType, resultType, loader);
        if (plain != null) {
            return plain;
        }
        FunctionInvoker typed = TypedJsonInvoker.of(function, eventType, resultType, loader);
        return typed != null ? typed : databind(function, eventType, resultType);
    }

    /** The databind invoker for concrete types ({@code null}: no event, or {@code void}). */
    static JsonFunctionInvoker databind(EventFunction function, Type eventType, Type resultType) {
        JsonCodec codec = JsonCodec.get();
        return new JsonFunctionInvoker(function, eventType == null ? null : codec.type(eventType),
                resultType == null ? null : codec.type(resultType), codec);
    }
}
