package dev.lambdashim.runtime.log;

import java.io.OutputStream;

/**
 * The bytes printed to {@code System.out} or {@code System.err} since the last record: a record ends when a print
 * that ends in a newline completes ({@link #flush()}, which the auto-flushing {@link RecordPrintStream} calls), when
 * its stream says so ({@link #emit()}), or when it reaches {@link #MAX} bytes.
 *
 * <p>Guarded by the lock of the {@link RecordPrintStream} that owns it.
 */
final class PendingRecord extends OutputStream {

    /** CloudWatch cuts events at 256 KiB anyway; a print without newline must not grow without bound. */
    static final int MAX = 256 * 1024;

    private final LambdaLog log;
    private final LogLevel level;
    private byte[] bytes = new byte[256];
    private int size;
    /** More than 0 while a print or println is in progress: the flushes inside it do not end a record. */
    int hold;

    PendingRecord(LambdaLog log, LogLevel level) {
        this.log = log;
        this.level = level;
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
        if (size >= MAX) {
            emit();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, MAX - size);
            if (size + n > bytes.length) {
                grow(n);
            }
            System.arraycopy(b, off, bytes, size, n);
            size += n;
            off += n;
            len -= n;
            if (size >= MAX) {
                emit();
            }
        }
    }

    private void grow(int more) {
        bytes = java.util.Arrays.copyOf(bytes, Math.min(MAX, Math.max(bytes.length * 2, size + more)));
    }

    /** Called by the print stream after each print with a newline: a completed line ends the record. */
    @Override
    public void flush() {
        if (hold == 0 && size > 0 && bytes[size - 1] == '\n') {
            emit();
        }
    }

    /** Writes what is pending, complete line or not, as one record without its final line end. */
    void emit() {
        int n = size;
        while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
            n--;
        }
        size = 0;
        if (n > 0) {
            log.print(level, bytes, 0, n);
        }
        if (bytes.length > 8192) {
            bytes = new byte[256];
        }
    }

    @Override
    public void close() {
        emit();
    }
}
