package dev.lambdashim.runtime;

/**
 * The runtime's own messages (start-up problems, refused posts, fatal exits), written to standard error so they reach
 * the function's log from the first line of {@code main}, before any logging framework exists.
 */
final class RuntimeLog {

    private RuntimeLog() {
    }

    static void info(String message) {
        write("INFO", message);
    }

    static void warn(String message) {
        write("WARN", message);
    }

    static void error(String message) {
        write("ERROR", message);
    }

    private static void write(String level, String message) {
        System.err.print(LogFormat.line(System.currentTimeMillis(), InvokeLoop.currentRequestId(), level,
                "lambda-shim: " + message));
        System.err.flush();
    }
}
