package dev.lambdashim.runtime.log;

import java.io.IOException;

/** Turns one log record into the payload of the chosen {@link LogFormat}; called under {@link LambdaLog}'s lock. */
interface RecordEncoder {

    /**
     * A logger's record (JUL, {@code System.Logger}, the runtime's own messages).
     *
     * @param logger the logger's name, or {@code null}
     * @param error the thrown error, or {@code null}
     * @param requestId the invocation's request id, or {@code null} outside an invocation
     * @param tenantId the invocation's tenant id, or {@code null}
     */
    void record(RecordBuffer out, long epochMicros, LogLevel level, String logger, CharSequence message,
            ErrorFields error, String requestId, String tenantId) throws IOException;

    /** What the function printed to {@code System.out} or {@code System.err}: UTF-8 bytes, line end removed. */
    void print(RecordBuffer out, long epochMicros, LogLevel level, byte[] text, int offset, int length,
            String requestId, String tenantId) throws IOException;
}
