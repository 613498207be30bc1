package dev.lambdashim.runtime.handler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
                throw new InvocationFailure("MalformedEvent", "the event is not valid JSON for the handler's "
                        + "parameter type " + eventType.toCanonical() + ": " + describe(e), e);
            }
        }
        writeResult(FunctionInvoker.awaitIfAsync(function.apply(input, context)), response);
    }

    /** Writes the handler's result as the response: also for {@link PlainJsonInvoker}'s results that are not plain. */
    void writeResult(Object result, ResponseSink response) throws InvocationFailure {
        try {
            writer.writeValue(response, result);
        } catch (IOException e) {
            throw unwritable(result, e, response);
        }
    }

    /** The failure of a result that could not be written, with what was written of it dropped. */
    static InvocationFailure unwritable(Object result, IOException e, ResponseSink response) {
        response.discard();
        return new InvocationFailure("UnserializableResult", "the handler's result of type "
                + (result == null ? "null" : result.getClass().getName()) + " cannot be written as JSON: "
                + describe(e), e);
    }

    /** Jackson's own message without its "Source: REDACTED" noise, with where in the JSON it went wrong. */
    private static String describe(IOException e) {
        if (!(e instanceof JsonProcessingException)) {
            return e.toString();
        }
        JsonProcessingException json = (JsonProcessingException) e;
        StringBuilder text = new StringBuilder(json.getOriginalMessage());
        if (json instanceof JsonMappingException && !((JsonMappingException) json).getPath().isEmpty()) {
            text.append(" (at ").append(((JsonMappingException) json).getPathReference()).append(')');
        }
        JsonLocation location = json.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return text.toString();
    }
}
