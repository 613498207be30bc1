package dev.lambdashim.emulator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.Trailers;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.FutureCallback;

/**
 * One request and its answer, handled blocking on a server thread (as {@code /next} waits anyway). Request
 * bodies are always read to the end and every answer carries a {@code Content-Length}, so that connections
 * stay reusable (keep-alive).
 */
final class Exchange {

    private final Request request;
    private final Response response;
    private final ActiveExchanges active;
    private HttpFields trailers;

    Exchange(Request request, Response response, ActiveExchanges active) {
        this.request = request;
        this.response = response;
        this.active = active;
    }

    String method() {
        return request.getMethod();
    }

    /** The path as sent, {@code %XX} escapes kept (a request id may hold an escaped {@code /}). */
    String rawPath() {
        return request.getHttpURI().getPath();
    }

    /** A request header, or {@code null}. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The request headers, lower-case names, repeated values joined (see {@link HeaderMaps#fromRequest}). */
    Map<String, String> headers() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            all.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
        }
        return HeaderMaps.fromRequest(all);
    }

    /** The trailers that ended a chunked body read so far, names in lower case; empty if none. */
    Map<String, String> trailers() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        if (trailers != null) {
            for (HttpField field : trailers) {
                all.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
            }
        }
        return HeaderMaps.fromRequest(all);
    }

    /**
     * Reads the next piece of the request body, waiting for it.
     *
     * @return the piece (release it), or a last chunk; trailers are kept for {@link #trailers()}
     * @throws IOException if the connection failed or the server is stopping
     */
    Content.Chunk read() throws IOException {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk != null) {
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    throw failure instanceof IOException io ? io : new IOException(failure);
                }
                if (chunk instanceof Trailers t) {
                    trailers = t.getTrailers();
                }
                return chunk;
            }
            CountDownLatch ready = new CountDownLatch(1);
            request.demand(ready::countDown);
            active.waitingForClient(true);
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the request body");
            } finally {
                active.waitingForClient(false);
            }
        }
    }

    /**
     * Reads the whole request body.
     *
     * @return the body, or {@code null} if it is longer than {@code limit} (the rest is then discarded)
     */
    byte[] readBody(int limit) throws IOException {
        long declared = request.getLength();
        if (declared > limit) {
            drain();
            return null;
        }
        ByteArrayBuilder body = new ByteArrayBuilder(declared > 0 ? (int) declared : 1024);
        boolean over = false;
        while (true) {
            Content.Chunk chunk = read();
            try {
                ByteBuffer bytes = chunk.getByteBuffer();
                if (!over && body.size() + bytes.remaining() > limit) {
                    over = true;
                }
                if (!over) {
                    body.append(bytes);
                }
                if (chunk.isLast()) {
                    return over ? null : body.toByteArray();
                }
            } finally {
                chunk.release();
            }
        }
    }

    /** Reads and discards what is left of the request body. */
    void drain() throws IOException {
        while (true) {
            Content.Chunk chunk = read();
            chunk.release();
            if (chunk.isLast()) {
                return;
            }
        }
    }

    /** Sets a response header. */
    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Answers with {@code status} and a JSON {@code body}. */
    void sendJson(int status, byte[] body) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        send(status, body);
    }

    /** Answers with {@code status} and {@code body} (headers already set), waiting until it is written. */
    void send(int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        FutureCallback written = new FutureCallback();
        response.write(true, ByteBuffer.wrap(body), written);
        written.block();
    }

    /** Drains the request and answers {@code 404}. */
    void notFound() throws IOException {
        drain();
        sendJson(404, ErrorBodies.NOT_FOUND);
    }

    /**
     * Writes {@code bytes} to the connection as they are, bypassing HTTP, then closes the connection: for
     * malformed answers.
     */
    void writeRawAndClose(byte[] bytes) throws IOException {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        FutureCallback written = new FutureCallback();
        endPoint.write(written, ByteBuffer.wrap(bytes));
        try {
            written.block();
        } finally {
            endPoint.close();
        }
    }

    /** Closes the connection without answering. */
    void closeConnection() {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
