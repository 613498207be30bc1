package dev.lambdashim.emulator;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A growable byte array, appended to from buffers without the copies of a {@code ByteArrayOutputStream}. */
final class ByteArrayBuilder {

    private byte[] bytes;
    private int size;

    ByteArrayBuilder(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    /** Appends the remaining bytes of {@code buffer}, leaving its position unchanged. */
    void append(ByteBuffer buffer) {
        int n = buffer.remaining();
        ensure(n);
        buffer.duplicate().get(bytes, size, n);
        size += n;
    }

    void append(byte[] source) {
        ensure(source.length);
        System.arraycopy(source, 0, bytes, size, source.length);
        size += source.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, wanted));
        }
    }
}
