package dev.lambdashim.runtime.log;

import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/** Writes each {@code java.util.logging} record as one record of the function's log, at its {@link LogLevel}. */
public final class JulLogHandler extends Handler {

    private final LambdaLog log;
    /** Only for records with parameters or a resource bundle; plain messages are used as they are. */
    private final Formatter parameters = new SimpleFormatter();

    public JulLogHandler(LambdaLog log) {
        this.log = log;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        LogLevel level = LogLevel.ofJul(record.getLevel().intValue());
        if (!log.isEnabled(level) || !isLoggable(record)) {
            return;
        }
        String message = record.getMessage();
        try {
            if (getFormatter() != null) {
                message = getFormatter().formatMessage(record);
            } else if ((record.getParameters() != null && record.getParameters().length > 0)
                    || record.getResourceBundle() != null) {
                message = parameters.formatMessage(record);
            }
        } catch (RuntimeException e) {
            // keep the raw message: a broken format string must not lose the record
        }
        Instant at = record.getInstant();
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
        Throwable thrown = record.getThrown();
        log.record(micros, level, record.getLoggerName(), message == null ? "null" : message,
                thrown == null ? null : ErrorFields.of(thrown));
    }

    @Override
    public void flush() {
        // every record is written when published
    }

    @Override
    public void close() {
        flush();
    }
}
