package dev.lambdashim.runtime.log;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The function's log kept in memory instead of written to a descriptor, for the runtime run inside another program
 * (a test, {@code dev.lambdashim.runtime.embedded}): the same encoders, the same record cutting of
 * {@code System.out} and {@code System.err}, the same {@code java.util.logging} handler and level filter as in the
 * {@code bootstrap} process, only the sink differs.
 *
 * <p>{@link #install()} swaps the process-wide streams, the root JUL handler and {@link LambdaLog#get()} (AWS's
 * {@code LambdaLogger}, the runtime's messages) until the returned handle is closed;
 * the caller makes sure only one capture is installed at a time.
 */
public final class LogCapture {

    /**
     * One record as the function's log would hold it.
     *
     * @param level its level ({@code INFO} for {@code System.out}, {@code ERROR} for {@code System.err})
     * @param epochMicros when it was written
     * @param text the encoded record: TEXT or JSON as configured, without a line end
     */
    public record Captured(LogLevel level, long epochMicros, String text) {
    }

    private final LambdaLog log;
    private final List<Captured> records = new ArrayList<>();

    /**
     * @param format the records' format ({@code AWS_LAMBDA_LOG_FORMAT})
     * @param level the lowest level of JUL and {@code System.Logger} records kept ({@code AWS_LAMBDA_LOG_LEVEL})
     */
    public LogCapture(LogFormat format, LogLevel level) {
        this.log = new LambdaLog(new LogSettings(format, level, -1, List.of()), this::collect);
    }

    /** Called under the log's lock. */
    private void collect(RecordBuffer record, LogLevel level, LogFormat format, long epochMicros) {
        String text = new String(record.array(), RecordBuffer.HEADER, record.payloadLength(), StandardCharsets.UTF_8);
        synchronized (records) {
            records.add(new Captured(level, epochMicros, text));
        }
    }

    /** The records written since the last call, oldest first. */
    public List<Captured> drain() {
        synchronized (records) {
            List<Captured> drained = List.copyOf(records);
            records.clear();
            return drained;
        }
    }

    /**
     * Routes {@code System.out}, {@code System.err} and the root {@code java.util.logging} logger to this capture
     * until the handle is closed, which writes partial lines as records and puts everything back.
     */
    public Installed install() {
        return new Installed();
    }

    /** The capture in place; {@link #close()} restores what was there before. */
    public final class Installed implements AutoCloseable {

        private final PrintStream out = System.out;
        private final PrintStream err = System.err;
        private final RecordPrintStream capturedOut = new RecordPrintStream(log, LogLevel.INFO);
        private final RecordPrintStream capturedErr = new RecordPrintStream(log, LogLevel.ERROR);
        private final Logger root = Logger.getLogger("");
        private final Level rootLevel = root.getLevel();
        private final Handler handler = new JulLogHandler(log);

        private Installed() {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            root.addHandler(handler);
            root.setLevel(JulConfiguration.julLevel(log.settings().level()));
            LambdaLog.embed(log);
        }

        /** Writes what was printed without a newline as a record, as the runtime does at the end of an invocation. */
        public void flush() {
            capturedOut.flushRecord();
            capturedErr.flushRecord();
        }

        @Override
        public void close() {
            flush();
            LambdaLog.embed(null);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            System.setOut(out);
            System.setErr(err);
        }
    }
}
