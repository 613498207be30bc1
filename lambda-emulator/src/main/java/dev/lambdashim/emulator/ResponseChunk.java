package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A piece of a streamed response as the emulator read it from the connection. Pieces follow the reads of the
 * server, not necessarily the runtime's HTTP chunks: a chunk may arrive in several pieces, or several small
 * chunks in one.
 *
 * <p>The array is not copied: do not change it.
 *
 * @param arrivalNanos {@link System#nanoTime()} when the server read it
 * @param bytes        the bytes of the piece, never empty
 */
public record ResponseChunk(long arrivalNanos, byte[] bytes) {

    /** Validates the components. */
    public ResponseChunk {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The bytes decoded as UTF-8. */
    public String bytesAsString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseChunk other && arrivalNanos == other.arrivalNanos
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrivalNanos, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "ResponseChunk[arrivalNanos=" + arrivalNanos + ", bytes=" + bytes.length + "]";
    }
}
