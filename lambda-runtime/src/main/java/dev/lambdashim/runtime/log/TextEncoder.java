package dev.lambdashim.runtime.log;

/**
 * TEXT: {@code 2026-01-31T12:34:56.789Z<TAB>requestId<TAB>LEVEL<TAB>logger: message}, the prefix of Lambda's
 * managed runtimes ({@code -} for the request id outside an invocation). What the function prints is written as it
 * is: its own format (a logging library's pattern, JSON lines) reaches the log untouched.
 */
final class TextEncoder implements RecordEncoder {

    private final char[] timestamp = new char[IsoTimestamp.LENGTH];

    @Override
    public void record(RecordBuffer out, long epochMicros, LogLevel level, String logger, CharSequence message,
            ErrorFields error, String requestId, String tenantId) {
        IsoTimestamp.format(epochMicros, timestamp);
        out.ascii(timestamp, timestamp.length);
        out.write('\t');
        out.utf8(requestId == null ? "-" : requestId);
        out.write('\t');
        out.ascii(level.name());
        out.write('\t');
        if (logger != null && !logger.isEmpty()) {
            out.utf8(logger);
            out.ascii(": ");
        }
        out.utf8(message);
        if (error != null) {
            out.utf8(error.text());
        }
    }

    @Override
    public void print(RecordBuffer out, long epochMicros, LogLevel level, byte[] text, int offset, int length,
            String requestId, String tenantId) {
        out.write(text, offset, length);
    }
}
