package dev.lambdashim.runtime.log;

import dev.lambdashim.runtime.error.ErrorResponse;
import java.nio.charset.StandardCharsets;

/**
 * The runtime's own messages (start-up problems, refused posts, fatal exits): records of the function's log under
 * the logger name {@code lambda-shim}, written from the first line of {@code main} on. Not filtered by
 * {@code AWS_LAMBDA_LOG_LEVEL}, which is about the function's records.
 */
public final class RuntimeLog {

    private RuntimeLog() {
    }

    static void info(String message) {
        write(LogLevel.INFO, message, null);
    }

    public static void warn(String message) {
        write(LogLevel.WARN, message, null);
    }

    public static void error(String message) {
        write(LogLevel.ERROR, message, null);
    }

    /** A message right before the process exits because it cannot go on. */
    public static void fatal(String message) {
        write(LogLevel.FATAL, message, null);
    }

    /** An error the runtime reports to the Runtime API, logged with its fields. */
    public static void error(String message, ErrorFields error) {
        write(LogLevel.ERROR, message, error);
    }

    /** The record of a failed invocation, with the error body the runtime posts (InvokeLoop; the embedded runtime). */
    public static void invokeError(ErrorResponse error) {
        error("Invoke Error", ErrorFields.of(error, " " + new String(error.toJson(), StandardCharsets.UTF_8)));
    }

    /** The record of a failed init, before the error is posted to {@code /init/error} (Main; the embedded runtime). */
    public static void initError(ErrorResponse error) {
        error("Init Error " + error.errorType() + ": " + error.errorMessage(), ErrorFields.of(error, ""));
    }

    private static void write(LogLevel level, String message, ErrorFields error) {
        LambdaLog.get().record(level, LambdaLog.RUNTIME_LOGGER, message, error);
    }
}
