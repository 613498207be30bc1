package dev.lambdashim.runtime.handler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.IOException;

/**
 * The runtime's words for an event it cannot read and a result it cannot write, the same whichever reader or writer
 * failed. jackson-core only: the plain and typed paths report through it without loading databind, which a zip may
 * leave out.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** An event that is not JSON of the handler's parameter type (named as databind's {@code toCanonical} does). */
    static InvocationFailure malformedEvent(String parameterType, String problem, IOException e) {
        return new InvocationFailure("MalformedEvent", "the event is not valid JSON for the handler's parameter type "
                + parameterType + ": " + problem, e);
    }

    /** The failure of a result that could not be written, with what was written of it dropped. */
    static InvocationFailure unwritable(Object result, String problem, IOException e, ResponseSink response) {
        response.discard();
        return new InvocationFailure("UnserializableResult", "the handler's result of type "
                + (result == null ? "null" : result.getClass().getName()) + " cannot be written as JSON: " + problem, e);
    }

    /**
     * Jackson's own message without its "Source: REDACTED" noise, then {@code path} (where in the value, or empty),
     * then where in the JSON it went wrong.
     */
    static String describe(IOException e, String path) {
        if (!(e instanceof JsonProcessingException)) {
            return e.toString();
        }
        JsonProcessingException json = (JsonProcessingException) e;
        StringBuilder text = new StringBuilder(json.getOriginalMessage()).append(path);
        JsonLocation location = json.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return text.toString();
    }
}
