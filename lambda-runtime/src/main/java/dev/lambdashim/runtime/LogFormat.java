package dev.lambdashim.runtime;

import java.time.Instant;

/**
 * The text of one log record as the function's log shows it, in the tab-separated form of Lambda's managed runtimes:
 * {@code timestamp<TAB>requestId<TAB>LEVEL<TAB>message}. The request id is {@code -} outside an invocation.
 * (Framed records and JSON output build on this; see the logging issue.)
 */
final class LogFormat {

    private LogFormat() {
    }

    static String line(long epochMillis, String requestId, String level, String message) {
        return Instant.ofEpochMilli(epochMillis) + "\t" + (requestId == null ? "-" : requestId) + "\t" + level
                + "\t" + message + "\n";
    }
}
