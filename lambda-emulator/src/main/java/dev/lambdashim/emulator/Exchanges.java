package dev.lambdashim.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reading and answering exchanges so that connections stay reusable (keep-alive): request bodies are
 * always read to the end and every answer carries a {@code Content-Length}.
 */
final class Exchanges {

    private static final byte[] SKIP_BUFFER = new byte[64 * 1024]; // written only, never read: safe to share

    private Exchanges() {
    }

    /**
     * Reads the whole request body.
     *
     * @return the body, or {@code null} if it is longer than {@code limit} (the rest is then discarded)
     */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        InputStream in = exchange.getRequestBody();
        long declared = declaredLength(exchange);
        if (declared > limit) {
            drain(in);
            return null;
        }
        byte[] body = declared >= 0 ? in.readNBytes((int) declared) : in.readNBytes(limit);
        if (declared >= 0 && body.length != declared) {
            throw new IOException("request body truncated: " + body.length + " of " + declared + " bytes");
        }
        if (in.read() != -1) { // more than declared or than the limit
            drain(in);
            return null;
        }
        return body;
    }

    /** Reads and discards what is left of the request body. */
    static void drain(HttpExchange exchange) throws IOException {
        drain(exchange.getRequestBody());
    }

    /** Answers with {@code status} and a JSON {@code body}, then ends the exchange. */
    static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, body);
    }

    /** Answers with {@code status} and {@code body} (headers already set), then ends the exchange. */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean bodyless = status < 200 || status == 204 || status == 304 || body.length == 0;
        // -1 makes the JDK server send "Content-Length: 0"; 0 would mean chunked.
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            OutputStream out = exchange.getResponseBody();
            out.write(body);
        }
        exchange.close();
    }

    /** Drains the request and answers {@code 404}. */
    static void notFound(HttpExchange exchange) throws IOException {
        try {
            drain(exchange);
            sendJson(exchange, 404, ErrorBodies.NOT_FOUND);
        } finally {
            exchange.close();
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void drain(InputStream in) throws IOException {
        while (in.read(SKIP_BUFFER) != -1) {
            // discard
        }
    }
}
