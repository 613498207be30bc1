package dev.lambdashim.runtime.invocation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The response of a buffered handler, posted whole when the handler returns. Reused from one invocation to the next
 * so that a warm process does not allocate a new buffer per event; its bytes are posted as they are, without a copy.
 */
// Not final: the invoke loop's test counts, through a subclass, that it is emptied once per invocation.
public class BufferedResponse extends ResponseSink {

    private static final int INITIAL_CAPACITY = 8192;
    /** A buffer grown past this by a large response is let go after it is sent, not kept for the process's life. */
    private static final int RETAINED_CAPACITY = 1 << 20;

    private byte[] buf = new byte[INITIAL_CAPACITY];
    private int count;

    @Override
    public void write(int b) {
        ensureCapacity(count + 1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if ((off | len) < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array " + b.length);
        }
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void ensureCapacity(int needed) {
        if (needed < 0) {
            throw new OutOfMemoryError("response larger than 2 GB");
        }
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, buf.length * 2L)));
        }
    }

    /** The backing array; valid up to {@link #size()}. */
    public byte[] array() {
        return buf;
    }

    public int size() {
        return count;
    }

    /** Empties the buffer for the next invocation. */
    public void recycle() {
        if (buf.length > RETAINED_CAPACITY) {
            buf = new byte[INITIAL_CAPACITY];
        }
        count = 0;
    }

    @Override
    public boolean discard() {
        count = 0;
        return true;
    }

    @Override
    public boolean committed() {
        return false;
    }

    @Override
    public void setContentType(String contentType) {
        throw new UnsupportedOperationException("a buffered response has no content type of its own");
    }

    @Override
    public void startHttpResponse(int statusCode, Map<String, String> headers, List<String> cookies) {
        throw new UnsupportedOperationException("only a StreamingHandler's response can start an HTTP response");
    }
}
