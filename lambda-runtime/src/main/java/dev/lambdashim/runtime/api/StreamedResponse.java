package dev.lambdashim.runtime.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.invocation.ResponseSink;
import dev.lambdashim.runtime.invocation.StreamingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A response streamed to the Runtime API as Lambda defines it for custom runtimes: one {@code /response} POST with
 * {@code Lambda-Runtime-Function-Response-Mode: streaming} and a chunked body, each chunk sent when the handler
 * flushes or the buffer fills. The POST starts with the first chunk, so an error before it is an ordinary
 * {@code /error}; an error after it ends the body with the {@value #ERROR_BODY_TRAILER} and error-type trailers.
 */
public final class StreamedResponse extends ResponseSink {

    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    /** Function URLs' and API Gateway's streamed HTTP response: a JSON prelude, eight NUL bytes, then the body. */
    static final String HTTP_INTEGRATION = "application/vnd.awslambda.http-integration-response";
    static final String ERROR_BODY_TRAILER = "Lambda-Runtime-Function-Error-Body";
    private static final int PRELUDE_SEPARATOR = 8;
    /** Bytes held before a chunk is sent without a flush: a few TCP segments, small enough to keep data moving. */
    static final int BUFFER_SIZE = 32 * 1024;

    private final RuntimeApiClient client;
    private final String path;
    /** The loop's own buffer (its client's), used by one invocation at a time: not allocated per invocation. */
    private final byte[] buffer;
    private int count;
    private String contentType = DEFAULT_CONTENT_TYPE;
    private boolean httpStarted;
    private ChunkedBody body;
    private HttpResponse answer;
    private IOException endFailure;
    private boolean closed;

    StreamedResponse(RuntimeApiClient client, String path, byte[] buffer) {
        this.client = client;
        this.path = path;
        this.buffer = buffer;
    }

    /** The buffer this response fills before sending a chunk (for the test that it is reused). */
    byte[] buffer() {
        return buffer;
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        if (count == buffer.length) {
            sendBuffered();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if ((off | len) < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("offset " + off + ", length " + len + ", array " + b.length);
        }
        ensureOpen();
        if (len >= buffer.length) {
            sendBuffered();
            start();
            body.write(b, off, len); // large writes go out as they are, without a copy
            return;
        }
        if (len > buffer.length - count) {
            sendBuffered();
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    /** Sends what was written so far as one chunk, now. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        sendBuffered();
    }

    /** Ends the response; what the handler writes afterwards fails. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            answer = end(List.of());
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
        byte[] prelude = prelude(statusCode, headers, cookies);
        if (prelude.length + PRELUDE_SEPARATOR > buffer.length) {
            throw new IllegalArgumentException("the HTTP status line, headers and cookies take " + prelude.length
                    + " bytes, over the " + (buffer.length - PRELUDE_SEPARATOR) + " this runtime allows");
        }
        System.arraycopy(prelude, 0, buffer, 0, prelude.length);
        Arrays.fill(buffer, prelude.length, prelude.length + PRELUDE_SEPARATOR, (byte) 0);
        count = prelude.length + PRELUDE_SEPARATOR;
        contentType = HTTP_INTEGRATION;
        httpStarted = true;
    }

    private static byte[] prelude(int statusCode, Map<String, String> headers, List<String> cookies) {
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        StringBuilder text = new StringBuilder(128).append("{\"statusCode\":").append(statusCode)
                .append(",\"headers\":{");
        String separator = "";
        for (Map.Entry<String, String> header : headers == null ? Map.<String, String>of().entrySet()
                : headers.entrySet()) {
            if (header.getKey() == null || header.getValue() == null) {
                throw new IllegalArgumentException("an HTTP header with a null name or value: " + header);
            }
            text.append(separator).append('"').append(json.quoteAsString(header.getKey())).append("\":\"")
                    .append(json.quoteAsString(header.getValue())).append('"');
            separator = ",";
        }
        text.append("},\"cookies\":[");
        separator = "";
        for (String cookie : cookies == null ? List.<String>of() : cookies) {
            if (cookie == null) {
                throw new IllegalArgumentException("a null cookie");
            }
            text.append(separator).append('"').append(json.quoteAsString(cookie)).append('"');
            separator = ",";
        }
        return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean discard() {
        if (body != null) {
            return false;
        }
        count = 0;
        httpStarted = false;
        contentType = DEFAULT_CONTENT_TYPE;
        return true;
    }

    @Override
    public boolean committed() {
        return body != null;
    }

    /** Ends a successful response, or returns the answer to the handler's own {@link #close()}. */
    public HttpResponse finish() throws IOException {
        return closed ? endedAnswer() : end(List.of());
    }

    /** The answer to the end the handler's {@link #close()} sent, or the failure of sending it. */
    private HttpResponse endedAnswer() throws IOException {
        if (answer == null) {
            throw endFailure != null ? endFailure : new IOException("the response stream was closed without an end");
        }
        return answer;
    }

    /**
     * Ends a response that failed after its first byte: what the handler wrote is sent, then the error as trailers.
     * Before the first byte, post an ordinary {@code /error} instead.
     *
     * @throws IllegalStateException when nothing has been sent yet
     */
    public HttpResponse fail(ErrorResponse error) throws IOException {
        if (body == null) {
            throw new IllegalStateException("nothing streamed yet: post the error to /error");
        }
        if (closed) {
            return endedAnswer(); // the handler ended the stream, then failed: too late to report it on the stream
        }
        return end(List.of(ErrorResponse.ERROR_TYPE_HEADER, error.headerType(),
                ERROR_BODY_TRAILER, Base64.getEncoder().encodeToString(error.toJson())));
    }

    private HttpResponse end(List<String> trailers) throws IOException {
        closed = true;
        try {
            sendBuffered();
            start();
            return body.finish(trailers);
        } catch (IOException e) {
            endFailure = e;
            throw e;
        }
    }

    private void sendBuffered() throws IOException {
        if (count > 0) {
            start();
            int n = count;
            count = 0;
            body.write(buffer, 0, n);
        }
    }

    private void start() throws IOException {
        if (body == null) {
            body = client.startChunked(ApiRequest.post(path, contentType, null, 0)
                    .withHeader("Lambda-Runtime-Function-Response-Mode", "streaming")
                    .withHeader("Trailer", ErrorResponse.ERROR_TYPE_HEADER + ", " + ERROR_BODY_TRAILER));
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the response stream is closed");
        }
    }

    private void checkNothingWritten(String what) {
        if (body != null || count > 0 || httpStarted || closed) {
            throw new IllegalStateException(what + " must come before the first byte of the response");
        }
    }
}
