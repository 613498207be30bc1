package dev.lambdashim.core;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The response of a {@link StreamingHandler}, sent to the caller as it is written. {@link #flush()} sends what was
 * written so far at once, as one chunk; the runtime also sends a chunk whenever its buffer fills. Closing the stream
 * ends the response; the runtime closes it when the handler returns.
 *
 * <p>Before the first byte, a handler may set the content type, or start an HTTP response for a Function URL or an
 * API Gateway streaming integration, whose status code, headers and cookies then reach the HTTP client.
 */
public abstract class ResponseStream extends OutputStream {

    /** For subclasses: the runtime provides the instance. */
    protected ResponseStream() {
    }

    /**
     * Sets the response's content type (default {@code application/octet-stream}).
     *
     * @throws IllegalStateException after the first byte was written, or after {@link #startHttpResponse}
     */
    public abstract void setContentType(String contentType);

    /**
     * Starts an HTTP response for a Function URL or an API Gateway streaming integration: what is written afterwards
     * is the HTTP body.
     *
     * @param statusCode the HTTP status code, 100 to 599
     * @param headers the HTTP headers, none {@code null}; {@code Content-Type} among them sets the body's type
     * @param cookies {@code Set-Cookie} values, in order
     * @throws IllegalStateException after the first byte was written, or when called twice
     * @throws IllegalArgumentException for a status code out of range or a {@code null} header name or value
     */
    public abstract void startHttpResponse(int statusCode, Map<String, String> headers, List<String> cookies);
}
