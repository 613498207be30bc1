package dev.lambdashim.runtime.log;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lambda's telemetry log frames on the descriptor named by {@code _LAMBDA_TELEMETRY_LOG_FD}: a 16-byte big-endian
 * header (type {@code 0xa55a0000 | level << 2 | 1 << 1 | format}, payload length, timestamp in microseconds) and the
 * payload, written together so that a multi-line record stays one CloudWatch event.
 */
public final class FrameSink implements LogSink {

    static final int MAGIC = 0xa55a0000;
    /** The bit that says the header carries a timestamp. */
    static final int TIMESTAMP_BIT = 1 << 1;

    private final OutputStream out;

    public FrameSink(OutputStream out) {
        this.out = out;
    }

    /**
     * Opens the inherited descriptor through {@code /proc/self/fd} (the JDK has no public way to wrap a raw number).
     * Opened in append mode: a regular file named there is not truncated; a pipe does not care.
     */
    static FrameSink open(int fd) throws FileNotFoundException {
        try {
            return new FrameSink(new FileOutputStream("/proc/self/fd/" + fd, true));
        } catch (FileNotFoundException noProc) {
            return new FrameSink(new FileOutputStream("/dev/fd/" + fd, true));
        }
    }

    static int type(LogLevel level, LogFormat format) {
        return MAGIC | level.ordinal() << 2 | TIMESTAMP_BIT | format.ordinal();
    }

    @Override
    public void write(RecordBuffer record, LogLevel level, LogFormat format, long epochMicros) throws IOException {
        record.header(type(level, format), epochMicros);
        out.write(record.array(), 0, record.size());
    }
}
