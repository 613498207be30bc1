package dev.lambdashim.runtime.log;

import java.util.Locale;

/**
 * The levels of Lambda's advanced logging controls, numbered as in a telemetry frame's header
 * ({@code UNDEFINED=0 ... FATAL=6}).
 */
public enum LogLevel {
    UNDEFINED, TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    /** The value of {@code AWS_LAMBDA_LOG_LEVEL}, any case; {@code null} when it names no level. */
    static LogLevel parse(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (LogLevel level : values()) {
            if (level != UNDEFINED && level.name().equals(name)) {
                return level;
            }
        }
        return null;
    }

    /**
     * The level of a {@code java.util.logging} record by its {@code Level.intValue()}. {@code System.Logger} goes
     * through JUL: TRACE=FINER, DEBUG=FINE, INFO, WARNING, ERROR=SEVERE, so each comes back as itself.
     */
    static LogLevel ofJul(int value) {
        if (value > 1000) {
            return FATAL;
        } else if (value >= 1000) {
            return ERROR;
        } else if (value >= 900) {
            return WARN;
        } else if (value >= 800) {
            return INFO;
        } else if (value >= 500) {
            return DEBUG; // FINE and CONFIG
        }
        return TRACE; // FINER, FINEST
    }

    /** The lowest JUL {@code intValue()} that maps to this level or above: the root logger's level. */
    int julThreshold() {
        switch (this) {
            case DEBUG:
                return 500;
            case INFO:
                return 800;
            case WARN:
                return 900;
            case ERROR:
                return 1000;
            case FATAL:
                return 1001;
            default:
                return Integer.MIN_VALUE;
        }
    }
}
