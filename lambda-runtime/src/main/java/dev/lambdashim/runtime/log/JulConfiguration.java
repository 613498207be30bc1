package dev.lambdashim.runtime.log;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sends {@code java.util.logging} (and so {@code System.Logger}, which the JDK routes to it) to the function's log,
 * one record each, filtered by {@code AWS_LAMBDA_LOG_LEVEL}.
 *
 * <p>Named by the {@code java.util.logging.config.class} system property that {@link Main} sets, so it runs only if
 * and when the function first uses a logger: a function that never logs never pays for {@code LogManager}.
 */
public final class JulConfiguration {

    /** Called by {@link LogManager} while it initializes. */
    public JulConfiguration() {
        LambdaLog log = LambdaLog.get();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new JulLogHandler(log));
        // The root level makes a disabled logger.fine(...) as cheap as JUL allows: no LogRecord is made.
        root.setLevel(julLevel(log.settings().level()));
    }

    static Level julLevel(LogLevel level) {
        int threshold = level.julThreshold();
        return threshold == Integer.MIN_VALUE ? Level.ALL : Level.parse(Integer.toString(threshold));
    }
}
