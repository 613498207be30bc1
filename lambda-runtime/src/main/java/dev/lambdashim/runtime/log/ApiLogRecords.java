package dev.lambdashim.runtime.log;

/**
 * Records written through a logging API that the runtime backs for the function (AWS's {@code LambdaLogger}), as
 * records of the function's log: the level is the caller's, {@link LogLevel#UNDEFINED} meaning none (never filtered).
 */
public final class ApiLogRecords {

    private ApiLogRecords() {
    }

    /** Whether a record of this level is written: {@code UNDEFINED} always, others from {@code AWS_LAMBDA_LOG_LEVEL}. */
    public static boolean isEnabled(LogLevel level) {
        return level == LogLevel.UNDEFINED || LambdaLog.get().isEnabled(level);
    }

    /** A record at a level, with no logger name: TEXT {@code time, request id, LEVEL, message}; JSON an object. */
    public static void record(LogLevel level, String message) {
        LambdaLog.get().record(level, null, message, null);
    }

    /** A message written as it is, like a printed line (TEXT unchanged; JSON an object unless it is one). */
    public static void print(LogLevel level, byte[] text, int offset, int length) {
        LambdaLog.get().print(level, text, offset, length);
    }
}
