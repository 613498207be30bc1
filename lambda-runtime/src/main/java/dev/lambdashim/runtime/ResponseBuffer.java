package dev.lambdashim.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The response of the current invocation, reused from one invocation to the next so that a warm process does not
 * allocate a new buffer per event; its bytes are posted as they are, without a copy.
 */
final class ResponseBuffer extends ByteArrayOutputStream {

    /** A buffer grown past this by a large response is let go after it is sent, not kept for the process's life. */
    private static final int RETAINED_CAPACITY = 1 << 20;

    ResponseBuffer() {
        super(8192);
    }

    /** The backing array; valid up to {@link #size()}. */
    byte[] array() {
        return buf;
    }

    /** Empties the buffer for the next invocation. */
    void recycle() {
        if (buf.length > RETAINED_CAPACITY) {
            buf = new byte[8192];
        }
        reset();
    }
}
