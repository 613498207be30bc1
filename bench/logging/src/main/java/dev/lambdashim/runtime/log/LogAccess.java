package dev.lambdashim.runtime.log;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.logging.Handler;

/**
 * The benchmark's way into the runtime's log path (in the runtime's package, on the benchmark's classpath only:
 * nothing of it ships): records framed onto a stream of the benchmark's choosing, since a JMH fork cannot inherit a
 * descriptor named by the environment.
 */
public final class LogAccess {

    private LogAccess() {
    }

    /** The JUL handler the runtime installs, framing records in {@code format} (JSON or TEXT) onto {@code frames}. */
    public static Handler julHandler(OutputStream frames, String format) {
        return new JulLogHandler(log(frames, format));
    }

    /** The {@code System.out} the runtime installs, framing records in {@code format} onto {@code frames}. */
    public static PrintStream printStream(OutputStream frames, String format) {
        return new RecordPrintStream(log(frames, format), LogLevel.INFO);
    }

    private static LambdaLog log(OutputStream frames, String format) {
        LogFormat parsed = LogFormat.parse(format);
        if (parsed == null) {
            throw new IllegalArgumentException("format must be JSON or TEXT: " + format);
        }
        return new LambdaLog(new LogSettings(parsed, LogLevel.INFO, 3, List.of()), new FrameSink(frames));
    }
}
