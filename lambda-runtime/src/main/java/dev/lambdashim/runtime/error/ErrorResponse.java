package dev.lambdashim.runtime.error;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The body of an {@code /invocation/{id}/error} or {@code /init/error} post, in the shape the Lambda console and the
 * AWS SDKs show for Java functions: {@code {"errorMessage","errorType","stackTrace":[...],"cause":{...}}}.
 *
 * @param errorMessage the message; the exception's class name when it has none
 * @param errorType a Java class name for function errors, {@code Runtime.Reason} for problems the runtime found
 * @param stackTrace the frames, {@code StackTraceElement.toString()} form, innermost first, without the runtime's own
 *     frames ({@link RuntimeFrames})
 * @param cause the cause, or {@code null}
 * @param headerType the {@code Lambda-Runtime-Function-Error-Type} header, {@code (Runtime|Function).Reason}
 */
public record ErrorResponse(String errorMessage, String errorType, List<String> stackTrace, ErrorResponse cause,
        String headerType) {

    public static final String CONTENT_TYPE = "application/vnd.aws.lambda.error+json";
    /** The header (and, for a stream that failed, the trailer) carrying {@link #headerType()}. */
    public static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    /** Causes deeper than this are cut: a chain so long is a bug of its own and must not exhaust the reporter. */
    private static final int MAX_CAUSES = 32;

    /** A throwable that escaped the user's handler: header {@code Function.<SimpleName>}. */
    public static ErrorResponse ofFunctionError(Throwable t) {
        return of(t, "Function." + headerReason(t.getClass()), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * A problem the runtime found (bad handler, malformed event, ...).
     *
     * @param reason the part after {@code Runtime.}, letters only, e.g. {@code HandlerNotFound}
     * @param message what is wrong and how to fix it
     * @param cause the exception behind it, or {@code null}
     */
    public static ErrorResponse ofRuntimeError(String reason, String message, Throwable cause) {
        ErrorResponse causeResponse = cause == null ? null
                : of(cause, null, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new ErrorResponse(message, "Runtime." + reason, List.of(), causeResponse, "Runtime." + reason);
    }

    private static ErrorResponse of(Throwable t, String headerType, Set<Throwable> seen) {
        seen.add(t);
        StackTraceElement[] frames = RuntimeFrames.userFrames(t.getStackTrace());
        List<String> stack = new ArrayList<>(frames.length);
        for (StackTraceElement frame : frames) {
            stack.add(frame.toString());
        }
        Throwable next = t.getCause();
        // Cycles (a -> b -> a) are legal in Java; stop at the first repeat.
        ErrorResponse cause = next == null || seen.contains(next) || seen.size() >= MAX_CAUSES
                ? null : of(next, null, seen);
        String message = t.getMessage();
        return new ErrorResponse(message == null ? t.getClass().getName() : message, t.getClass().getName(),
                stack, cause, headerType);
    }

    /** The simple class name reduced to what the header pattern {@code [A-Z][a-zA-Z]+} allows. */
    static String headerReason(Class<?> type) {
        String name = type.getName();
        name = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
        StringBuilder letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letters.append(c);
            }
        }
        if (letters.length() < 2 || !Character.isUpperCase(letters.charAt(0))) {
            return "Unhandled";
        }
        return letters.toString();
    }

    public byte[] toJson() {
        StringBuilder json = new StringBuilder(256 + 80 * stackTrace.size());
        appendTo(json);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void appendTo(StringBuilder json) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        json.append("{\"errorMessage\":\"").append(encoder.quoteAsString(errorMessage))
                .append("\",\"errorType\":\"").append(encoder.quoteAsString(errorType))
                .append("\",\"stackTrace\":[");
        for (int i = 0; i < stackTrace.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(encoder.quoteAsString(stackTrace.get(i))).append('"');
        }
        json.append(']');
        if (cause != null) {
            json.append(",\"cause\":");
            cause.appendTo(json);
        }
        json.append('}');
    }
}
