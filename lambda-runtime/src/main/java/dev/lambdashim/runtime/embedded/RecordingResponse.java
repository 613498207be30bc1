package dev.lambdashim.runtime.embedded;

import dev.lambdashim.runtime.invocation.ResponseSink;
import dev.lambdashim.runtime.invocation.StreamingRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A streamed response kept in memory: each chunk as the runtime would send it to the Runtime API (on the handler's
 * flush, when its 32 KiB buffer fills, at the end), with the same rules as {@code api.StreamedResponse} for what may
 * come before the first byte. The HTTP prelude is kept as values rather than encoded.
 */
final class RecordingResponse extends ResponseSink {

    /** The buffer of {@code api.StreamedResponse}: a chunk leaves when it is full, even without a flush. */
    private static final int BUFFER_SIZE = 32 * 1024;

    private final List<byte[]> chunks = new ArrayList<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private String contentType = "application/octet-stream";
    private EmbeddedInvocation.HttpStart http;
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        if (buffer.size() == BUFFER_SIZE) {
            send();
        }
        buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len) < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array " + b.length);
        }
        ensureOpen();
        if (len >= BUFFER_SIZE) {
            send();
            byte[] chunk = new byte[len];
            System.arraycopy(b, off, chunk, 0, len);
            chunks.add(chunk);
            return;
        }
        if (len > BUFFER_SIZE - buffer.size()) {
            send();
        }
        buffer.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        send();
    }

    @Override
    public void close() {
        if (!closed) {
            send();
            closed = true;
        }
    }

    @Override
    public void setContentType(String type) {
        StreamingRules.contentType(type);
        checkNothingWritten("setContentType");
        contentType = type;
    }

    @Override
    public void startHttpResponse(int statusCode, Map<String, String> headers, List<String> cookies) {
        StreamingRules.statusCode(statusCode);
        checkNothingWritten("startHttpResponse");
        Map<String, String> h = headers == null ? Map.of() : headers;
        h.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("an HTTP header with a null name or value: " + name + "=" + value);
            }
        });
        List<String> c = cookies == null ? List.of() : cookies;
        for (String cookie : c) {
            if (cookie == null) {
                throw new IllegalArgumentException("a null cookie");
            }
        }
        http = new EmbeddedInvocation.HttpStart(statusCode, Map.copyOf(h), List.copyOf(c));
        contentType = "application/vnd.awslambda.http-integration-response";
    }

    @Override
    public boolean discard() {
        if (!chunks.isEmpty()) {
            return false;
        }
        buffer.reset();
        http = null;
        contentType = "application/octet-stream";
        return true;
    }

    @Override
    public boolean committed() {
        return !chunks.isEmpty();
    }

    /** Ends a successful response: what is still buffered is the last chunk. */
    void finish() {
        close();
    }

    List<byte[]> chunks() {
        return List.copyOf(chunks);
    }

    String contentType() {
        return contentType;
    }

    EmbeddedInvocation.HttpStart http() {
        return http;
    }

    private void send() {
        if (buffer.size() > 0) {
            chunks.add(buffer.toByteArray());
            buffer.reset();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the response stream is closed");
        }
    }

    private void checkNothingWritten(String what) {
        if (!chunks.isEmpty() || buffer.size() > 0 || http != null || closed) {
            throw new IllegalStateException(what + " must come before the first byte of the response");
        }
    }
}
