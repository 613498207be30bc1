package dev.lambdashim.runtime.log;

import java.util.Locale;

/** {@code AWS_LAMBDA_LOG_FORMAT}, numbered as in a telemetry frame's header (JSON=0, TEXT=1). */
public enum LogFormat {
    JSON, TEXT;

    /** {@code null} when the value names no format. */
    public static LogFormat parse(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return name.equals("JSON") ? JSON : name.equals("TEXT") ? TEXT : null;
    }
}
