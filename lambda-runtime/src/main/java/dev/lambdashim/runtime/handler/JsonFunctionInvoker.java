package dev.lambdashim.runtime.handler;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.IOException;

/**
 * Calls a handler that takes a typed event and returns a typed result: the event's JSON is read into the handler's
 * parameter type, the result is written as JSON. Reader and writer are built once, at start-up.
 */
final class JsonFunctionInvoker implements FunctionInvoker {

    /** The handler as the runtime calls it; {@code event} is {@code null} for handlers that take none. */
    @FunctionalInterface
    interface EventFunction {
        Object apply(Object event, Context context) throws Throwable;
    }

    private final EventFunction function;
    private final JavaType eventType;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    /**
     * @param eventType the handler's event type, or {@code null} when the handler takes no event
     */
    JsonFunctionInvoker(EventFunction function, JavaType eventType, JavaType resultType, JsonCodec codec) {
        this.function = function;
        this.eventType = eventType;
        this.reader = eventType == null ? null : codec.readerFor(eventType);
        this.writer = codec.writerFor(resultType);
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        Object input = null;
        if (reader != null) {
            try {
                input = reader.readValue(event);
            } catch (IOException e) {
                throw JsonProblems.malformedEvent(eventType.toCanonical(), describe(e), e);
            }
        }
        writeResult(FunctionInvoker.awaitIfAsync(function.apply(input, context)), response);
    }

    /** Writes the handler's result as the response: also for {@link PlainJsonInvoker}'s results that are not plain. */
    void writeResult(Object result, ResponseSink response) throws InvocationFailure {
        try {
            writer.writeValue(response, result);
        } catch (IOException e) {
            throw JsonProblems.unwritable(result, describe(e), e, response);
        }
    }

    /** {@link JsonProblems#describe} with databind's path into the value, when it gives one. */
    static String describe(IOException e) {
        return JsonProblems.describe(e, e instanceof JsonMappingException
                && !((JsonMappingException) e).getPath().isEmpty()
                ? " (at " + ((JsonMappingException) e).getPathReference() + ")" : "");
    }
}
