package dev.lambdashim.runtime.error;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Lambda-Runtime-Function-XRay-Error-Cause} header of an error post, in the shape X-Ray reads:
 * {@code {"working_directory","exceptions":[{"message","type","stack":[{"label","path","line"}]}],"paths":[...]}}.
 * Non-ASCII characters are escaped: the value travels in an HTTP header.
 */
public final class XRayErrorCause {

    public static final String HEADER = "Lambda-Runtime-Function-XRay-Error-Cause";
    /** Lambda ignores a larger cause; the header is then left out. */
    static final int MAX_BYTES = 1024 * 1024;

    private XRayErrorCause() {
    }

    /** The header for an exception that escaped the handler; {@code null} when it would be too large. */
    public static String of(Throwable thrown) {
        return of(thrown.getClass().getName(), thrown.getMessage(), thrown.getStackTrace());
    }

    /** The header for an error the runtime found; the stack is that of its cause, if any. */
    public static String of(ErrorResponse error, Throwable cause) {
        return of(error.errorType(), error.errorMessage(),
                cause == null ? new StackTraceElement[0] : cause.getStackTrace());
    }

    public static String of(String type, String message, StackTraceElement[] allFrames) {
        StackTraceElement[] frames = RuntimeFrames.userFrames(allFrames);
        StringWriter out = new StringWriter(256 + 64 * frames.length);
        JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("working_directory", System.getProperty("user.dir", ""));
            json.writeArrayFieldStart("exceptions");
            json.writeStartObject();
            json.writeStringField("message", message == null ? "" : message);
            json.writeStringField("type", type);
            json.writeArrayFieldStart("stack");
            Set<String> paths = new LinkedHashSet<>();
            for (StackTraceElement frame : frames) {
                json.writeStartObject();
                json.writeStringField("label", frame.getMethodName());
                if (frame.getFileName() != null) {
                    json.writeStringField("path", frame.getFileName());
                    paths.add(frame.getFileName());
                }
                json.writeNumberField("line", Math.max(frame.getLineNumber(), 0));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayFieldStart("paths");
            for (String path : paths) {
                json.writeString(path);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            return null; // a StringWriter does not fail
        }
        // ASCII only, so the length in chars is the length in bytes.
        return out.getBuffer().length() < MAX_BYTES ? out.toString() : null;
    }
}
