package dev.lambdashim.test;

/**
 * One record of the function's log, as CloudWatch would hold it.
 *
 * @param level {@code TRACE} to {@code FATAL}: {@code INFO} for {@code System.out}, {@code ERROR} for
 *     {@code System.err}, the logger's level for {@code java.util.logging} and {@code System.Logger}
 * @param text the record in the log's format: TEXT ({@code timestamp, request id, level, logger: message} for a
 *     logger's record; what was printed, as it is) or JSON; a multi-line print or stack trace is one record
 */
public record LogRecord(String level, String text) {

    @Override
    public String toString() {
        return level + " " + text;
    }
}
