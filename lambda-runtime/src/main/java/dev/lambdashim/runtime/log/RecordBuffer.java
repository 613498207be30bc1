package dev.lambdashim.runtime.log;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * One log record being encoded: a reusable, growing byte array whose first {@link #HEADER} bytes are kept free for a
 * telemetry frame's header, so that header and payload leave in one write without a copy.
 *
 * <p>Not thread-safe: {@link LambdaLog} uses it under its lock.
 */
final class RecordBuffer extends OutputStream {

    static final int HEADER = 16;
    /** A buffer grown past this by one huge record is replaced by a small one afterwards. */
    private static final int KEEP = 64 * 1024;

    private byte[] bytes = new byte[1024];
    private int size = HEADER;

    void reset() {
        if (bytes.length > KEEP) {
            bytes = new byte[1024];
        }
        size = HEADER;
    }

    byte[] array() {
        return bytes;
    }

    /** Bytes used, header included. */
    int size() {
        return size;
    }

    int payloadLength() {
        return size - HEADER;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    void ascii(char[] chars, int len) {
        ensure(len);
        for (int i = 0; i < len; i++) {
            bytes[size++] = (byte) chars[i];
        }
    }

    /** Appends the text as UTF-8 without an intermediate array; a lone surrogate becomes '?'. */
    void utf8(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (size == bytes.length) {
                    ensure(n - i);
                }
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                ensure(2);
                bytes[size++] = (byte) (0xc0 | c >> 6);
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                bytes[size++] = (byte) (0xf0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | (cp >> 12 & 0x3f));
                bytes[size++] = (byte) (0x80 | (cp >> 6 & 0x3f));
                bytes[size++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                write('?');
            } else {
                ensure(3);
                bytes[size++] = (byte) (0xe0 | c >> 12);
                bytes[size++] = (byte) (0x80 | (c >> 6 & 0x3f));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
    }

    /** Fills the 16-byte telemetry header: type, payload length, timestamp in microseconds, all big-endian. */
    void header(int type, long epochMicros) {
        putInt(0, type);
        putInt(4, size - HEADER);
        putInt(8, (int) (epochMicros >>> 32));
        putInt(12, (int) epochMicros);
    }

    private void putInt(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
