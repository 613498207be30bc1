package dev.lambdashim.runtime.log;

import dev.lambdashim.runtime.invocation.CurrentInvocation;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The function's log: every record (JUL, {@code System.Logger}, what is printed to {@code System.out} and
 * {@code System.err}, the runtime's own messages) is encoded in the configured {@link LogFormat}, tagged with the
 * current invocation's request and tenant id, and written as one unit to the {@link LogSink}.
 *
 * <p>Thread-safe: one lock around encoding and writing, so that records of concurrent threads never interleave and
 * one buffer serves them all.
 */
public final class LambdaLog {

    /** The logger name of the runtime's own messages. */
    static final String RUNTIME_LOGGER = "lambda-shim";

    private final LogSettings settings;
    private final RecordBuffer buffer = new RecordBuffer();
    private final RecordEncoder encoder;
    private LogSink sink;

    public LambdaLog(LogSettings settings, LogSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.encoder = settings.format() == LogFormat.JSON ? new DeferredJsonEncoder(buffer) : new TextEncoder();
    }

    /**
     * While the runtime embedded in a test ({@link LogCapture}) runs a handler, the capture's log: records written
     * through {@link #get()} (AWS's {@code LambdaLogger}, the runtime's own messages) go where the handler's prints go.
     * {@code null} in the {@code bootstrap} process; one volatile read per such record.
     */
    private static volatile LambdaLog embedded;

    /** The process's log, made from the environment on first use. */
    public static LambdaLog get() {
        LambdaLog capture = embedded;
        return capture != null ? capture : Holder.INSTANCE;
    }

    /** Routes {@link #get()} to a capture's log, or back to the process's with {@code null}. */
    static void embed(LambdaLog capture) {
        embedded = capture;
    }

    private static final class Holder {
        static final LambdaLog INSTANCE = open(LogSettings.from(System.getenv()));
    }

    /** Opens the telemetry descriptor if there is one, and reports each problem of the settings once. */
    static LambdaLog open(LogSettings settings) {
        List<String> problems = new ArrayList<>(settings.problems());
        LogSink sink = null;
        if (settings.telemetryFd() >= 0) {
            try {
                sink = FrameSink.open(settings.telemetryFd());
            } catch (FileNotFoundException e) {
                problems.add(LogSettings.FD_VARIABLE + " is " + settings.telemetryFd()
                        + ", which cannot be opened for writing (" + e.getMessage() + "); writing plain lines to stdout");
            }
        }
        LambdaLog log = new LambdaLog(settings, sink == null ? LineSink.stdout() : sink);
        for (String problem : problems) {
            log.record(LogLevel.WARN, RUNTIME_LOGGER, problem, null);
        }
        return log;
    }

    LogSettings settings() {
        return settings;
    }

    /** Whether a JUL or {@code System.Logger} record of this level is written ({@code AWS_LAMBDA_LOG_LEVEL}). */
    boolean isEnabled(LogLevel level) {
        return level.compareTo(settings.level()) >= 0;
    }

    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    /** A logger's record, stamped now; written whatever its level (callers filter). */
    void record(LogLevel level, String logger, CharSequence message, ErrorFields error) {
        record(nowMicros(), level, logger, message, error);
    }

    synchronized void record(long epochMicros, LogLevel level, String logger, CharSequence message,
            ErrorFields error) {
        buffer.reset();
        try {
            encoder.record(buffer, epochMicros, level, logger, message, error, CurrentInvocation.requestId(),
                    CurrentInvocation.tenantId());
        } catch (IOException | RuntimeException e) {
            buffer.reset();
            buffer.utf8("(log record could not be encoded: " + e + ") " + message);
        }
        send(level, epochMicros);
    }

    /** A record printed to {@code System.out} or {@code System.err}; never filtered. */
    synchronized void print(LogLevel level, byte[] text, int offset, int length) {
        long epochMicros = nowMicros();
        buffer.reset();
        try {
            encoder.print(buffer, epochMicros, level, text, offset, length, CurrentInvocation.requestId(),
                    CurrentInvocation.tenantId());
        } catch (IOException | RuntimeException e) {
            buffer.reset();
            buffer.write(text, offset, length);
        }
        send(level, epochMicros);
    }

    private void send(LogLevel level, long epochMicros) {
        try {
            sink.write(buffer, level, settings.format(), epochMicros);
        } catch (IOException e) {
            if (sink instanceof LineSink) {
                return; // stdout itself is gone: nowhere left to report it
            }
            // The telemetry descriptor broke: keep the records rather than lose all that follow.
            sink = LineSink.stdout();
            try {
                int payload = buffer.payloadLength();
                sink.write(buffer, level, settings.format(), epochMicros);
                buffer.reset();
                buffer.utf8("lambda-shim: the telemetry log descriptor failed (" + e + ") after a record of "
                        + payload + " bytes; writing plain lines to stdout from now on");
                sink.write(buffer, LogLevel.ERROR, settings.format(), epochMicros);
            } catch (IOException ignored) {
                // stdout is gone too
            }
        }
    }
}
