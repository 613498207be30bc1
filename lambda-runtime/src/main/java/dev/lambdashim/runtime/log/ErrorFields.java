package dev.lambdashim.runtime.log;

import dev.lambdashim.runtime.error.ErrorResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The error carried by a log record: JSON output shows it as {@code "errorType","errorMessage","stackTrace"}, TEXT
 * output appends {@code text} to the message.
 *
 * @param type the exception's class name, or the {@code errorType} of an error response
 * @param message the exception's message, never {@code null}
 * @param stackTrace one string per line of the trace, innermost first
 * @param text what TEXT output appends to the record's message, starting with its separator
 */
public record ErrorFields(String type, String message, List<String> stackTrace, String text) {

    /** A throwable logged through JUL: TEXT shows its whole {@code printStackTrace}, causes included. */
    public static ErrorFields of(Throwable thrown) {
        StringWriter trace = new StringWriter(1024);
        thrown.printStackTrace(new PrintWriter(trace));
        String text = trace.toString().stripTrailing();
        String[] lines = text.split("\r?\n");
        List<String> stack = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            stack.add(lines[i].strip());
        }
        String message = thrown.getMessage();
        return new ErrorFields(thrown.getClass().getName(), message == null ? "" : message, stack, "\n" + text);
    }

    /** An error the runtime posts to the Runtime API; TEXT shows its JSON body, as Lambda's managed runtimes do. */
    public static ErrorFields of(ErrorResponse error, String text) {
        return new ErrorFields(error.errorType(), error.errorMessage(), error.stackTrace(), text);
    }
}
