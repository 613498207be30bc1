package dev.lambdashim.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The body an {@code HttpHandler} writes, with the JDK {@code HttpServer}'s rules: nothing before
 * {@code sendResponseHeaders}, nothing when it announced no body (-1), no more than a fixed length it announced.
 * Buffered for a JSON response, or passed straight to the streamed response.
 */
final class HttpResponseBody extends OutputStream {

    private final ByteArrayOutputStream buffer;
    private final OutputStream streamed;
    private long remaining = -2; // -2: headers not sent; -1: no body allowed; 0: any length; n: at most n more
    private boolean closed;

    /** @param streamed where a streamed body goes, or {@code null} to buffer it */
    HttpResponseBody(OutputStream streamed) {
        this.streamed = streamed;
        this.buffer = streamed == null ? new ByteArrayOutputStream() : null;
    }

    /** Called by {@code sendResponseHeaders}: -1 no body, 0 any length, n exactly n bytes. */
    void open(long length) {
        remaining = length < 0 ? -1 : length;
    }

    @Override
    public void write(int b) throws IOException {
        check(1);
        if (streamed != null) {
            streamed.write(b);
        } else {
            buffer.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len) < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array " + b.length);
        }
        check(len);
        if (streamed != null) {
            streamed.write(b, off, len);
        } else {
            buffer.write(b, off, len);
        }
    }

    private void check(int len) throws IOException {
        if (closed) {
            throw new IOException("the response body is closed");
        }
        if (remaining == -2) {
            throw new IOException("sendResponseHeaders has not been called: the response has no status yet");
        }
        if (remaining == -1 && len > 0) {
            throw new IOException("sendResponseHeaders announced no response body (length -1)");
        }
        if (remaining > 0) {
            if (len > remaining) {
                throw new IOException("too many bytes for the response length given to sendResponseHeaders");
            }
            remaining -= len;
            if (remaining == 0) {
                remaining = -1; // the announced length is complete
            }
        }
    }

    /** Sends what was written so far now, when streamed; nothing to do when buffered. */
    @Override
    public void flush() throws IOException {
        if (streamed != null && !closed) {
            streamed.flush();
        }
    }

    @Override
    public void close() {
        closed = true; // a streamed response is ended by the runtime after the handler returns
    }

    /** The buffered body. */
    byte[] bytes() {
        return buffer == null ? new byte[0] : buffer.toByteArray();
    }
}
