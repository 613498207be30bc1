package dev.lambdashim.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends {@code java.util.logging} (and so {@code System.Logger}, which the JDK routes to it) to the function's log,
 * one line per record with the request id.
 *
 * <p>Named by the {@code java.util.logging.config.class} system property that {@link Main} sets, so it runs only if
 * and when the function first uses a logger: a function that never logs never pays for {@code LogManager}.
 */
public final class JulConfiguration {

    /** Called by {@link LogManager} while it initializes. */
    public JulConfiguration() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new LambdaLogHandler());
        root.setLevel(Level.INFO);
    }

    /** Writes each record as one line of the function's log. */
    static final class LambdaLogHandler extends Handler {

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = record.getMessage();
            try {
                if (getFormatter() != null) {
                    message = getFormatter().formatMessage(record);
                } else if (record.getParameters() != null && record.getParameters().length > 0) {
                    message = new java.util.logging.SimpleFormatter().formatMessage(record);
                }
            } catch (RuntimeException e) {
                // keep the raw message: a broken format string must not lose the record
            }
            String logger = record.getLoggerName();
            StringBuilder text = new StringBuilder();
            if (logger != null && !logger.isEmpty()) {
                text.append(logger).append(": ");
            }
            text.append(message);
            if (record.getThrown() != null) {
                StringWriter stack = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(stack));
                text.append('\n').append(stack.toString().stripTrailing());
            }
            System.out.print(LogFormat.line(record.getMillis(), InvokeLoop.currentRequestId(),
                    levelName(record.getLevel()), text.toString()));
            System.out.flush();
        }

        static String levelName(Level level) {
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                return "ERROR";
            } else if (value >= Level.WARNING.intValue()) {
                return "WARN";
            } else if (value >= Level.INFO.intValue()) {
                return "INFO";
            } else if (value >= Level.FINE.intValue()) {
                return "DEBUG";
            }
            return "TRACE";
        }

        @Override
        public void flush() {
            System.out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
