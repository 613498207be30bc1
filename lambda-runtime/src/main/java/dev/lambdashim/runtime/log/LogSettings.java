package dev.lambdashim.runtime.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the function's log is written, read once from the environment.
 *
 * @param format {@code AWS_LAMBDA_LOG_FORMAT}; TEXT when absent or invalid
 * @param level {@code AWS_LAMBDA_LOG_LEVEL}, the lowest level of JUL and {@code System.Logger} records that are
 *     written; INFO when absent or invalid
 * @param telemetryFd {@code _LAMBDA_TELEMETRY_LOG_FD}, the descriptor for framed records; {@code -1} when absent or
 *     invalid (records are then plain lines on stdout)
 * @param problems what was wrong with the variables, each to be reported once
 */
public record LogSettings(LogFormat format, LogLevel level, int telemetryFd, List<String> problems) {

    static final String FORMAT_VARIABLE = "AWS_LAMBDA_LOG_FORMAT";
    static final String LEVEL_VARIABLE = "AWS_LAMBDA_LOG_LEVEL";
    static final String FD_VARIABLE = "_LAMBDA_TELEMETRY_LOG_FD";

    public LogSettings {
        problems = List.copyOf(problems);
    }

    static LogSettings from(Map<String, String> env) {
        List<String> problems = new ArrayList<>(0);
        String formatValue = env.get(FORMAT_VARIABLE);
        LogFormat format = LogFormat.parse(formatValue);
        if (format == null) {
            if (formatValue != null && !formatValue.isBlank()) {
                problems.add(FORMAT_VARIABLE + " is '" + formatValue + "', expected JSON or TEXT; using TEXT");
            }
            format = LogFormat.TEXT;
        }
        String levelValue = env.get(LEVEL_VARIABLE);
        LogLevel level = LogLevel.parse(levelValue);
        if (level == null) {
            if (levelValue != null && !levelValue.isBlank()) {
                problems.add(LEVEL_VARIABLE + " is '" + levelValue
                        + "', expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL; using INFO");
            }
            level = LogLevel.INFO;
        }
        String fdValue = env.get(FD_VARIABLE);
        int fd = -1;
        if (fdValue != null && !fdValue.isBlank()) {
            try {
                fd = Integer.parseInt(fdValue.strip());
            } catch (NumberFormatException e) {
                fd = -1;
            }
            if (fd < 0) {
                problems.add(FD_VARIABLE + " is '" + fdValue + "', not a file descriptor; writing plain lines to stdout");
            }
        }
        return new LogSettings(format, level, fd, problems);
    }
}
