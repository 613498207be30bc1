package dev.lambdashim.runtime;

import java.util.Locale;

/** {@code AWS_LAMBDA_LOG_FORMAT}, numbered as in a telemetry frame's header (JSON=0, TEXT=1). */
enum LogFormat {
    JSON, TEXT;

    /** {@code null} when the value names no format. */
    static LogFormat parse(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return name.equals("JSON") ? JSON : name.equals("TEXT") ? TEXT : null;
    }
}
