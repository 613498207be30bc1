package dev.lambdashim.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the Runtime API, version {@code 2018-06-01}, under {@value #PREFIX}: {@code GET invocation/next},
 * {@code POST invocation/{id}/response}, {@code POST invocation/{id}/error} and {@code POST init/error}.
 */
final class RuntimeApiHandler implements HttpHandler {

    /** The context path this handler is registered at. */
    static final String PREFIX = "/2018-06-01/runtime/";

    private static final String NEXT = "invocation/next";
    private static final String INIT_ERROR = "init/error";
    private static final String INVOCATION = "invocation/";

    private final InvocationBroker broker;
    private final FaultInjector faults;
    private final AtomicInteger nextRequests = new AtomicInteger();

    RuntimeApiHandler(InvocationBroker broker, FaultInjector faults) {
        this.broker = broker;
        this.faults = faults;
    }

    /** How many {@code GET /next} requests arrived, faulted ones included. */
    int nextRequestCount() {
        return nextRequests.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String rest = path.substring(Math.min(PREFIX.length(), path.length()));
        boolean get = "GET".equals(exchange.getRequestMethod());
        boolean post = "POST".equals(exchange.getRequestMethod());
        if (get && rest.equals(NEXT)) {
            next(exchange);
        } else if (post && rest.equals(INIT_ERROR)) {
            initError(exchange);
        } else if (post && rest.startsWith(INVOCATION)) {
            int slash = rest.lastIndexOf('/');
            String rawId = rest.substring(INVOCATION.length(), Math.max(INVOCATION.length(), slash));
            String action = rest.substring(slash + 1);
            if (rawId.isEmpty() || rawId.indexOf('/') >= 0) {
                Exchanges.notFound(exchange);
            } else if (action.equals("response")) {
                response(exchange, decodeSegment(rawId));
            } else if (action.equals("error")) {
                error(exchange, decodeSegment(rawId));
            } else {
                Exchanges.notFound(exchange);
            }
        } else {
            Exchanges.notFound(exchange);
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        nextRequests.incrementAndGet();
        Exchanges.drain(exchange);
        if (injected(exchange, Route.NEXT)) {
            return;
        }
        Invocation invocation;
        try {
            invocation = broker.awaitNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (invocation == null) { // closed: "Container error. Runtime should exit promptly."
            Exchanges.sendJson(exchange, 500, ErrorBodies.INTERNAL_SERVER_ERROR);
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        for (Map.Entry<String, String> header : invocation.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        Exchanges.send(exchange, 200, invocation.payload());
    }

    private void response(HttpExchange exchange, String requestId) throws IOException {
        if (injected(exchange, Route.RESPONSE)) {
            return;
        }
        byte[] body = Exchanges.readBody(exchange, ErrorBodies.MAX_RESPONSE_BYTES);
        Map<String, String> headers = HeaderMaps.fromRequest(exchange.getRequestHeaders());
        if (body == null) {
            if (broker.complete(requestId, InvocationResult.Outcome.RESPONSE_TOO_LARGE,
                    ErrorBodies.RESPONSE_SIZE_TOO_LARGE, headers)) {
                Exchanges.sendJson(exchange, 413, ErrorBodies.REQUEST_ENTITY_TOO_LARGE);
            } else {
                Exchanges.sendJson(exchange, 400, ErrorBodies.INVALID_REQUEST_ID);
            }
        } else {
            accept(exchange, broker.complete(requestId, InvocationResult.Outcome.RESPONSE, body, headers));
        }
    }

    private void error(HttpExchange exchange, String requestId) throws IOException {
        if (injected(exchange, Route.ERROR)) {
            return;
        }
        byte[] body = Exchanges.readBody(exchange, Integer.MAX_VALUE);
        Map<String, String> headers = HeaderMaps.fromRequest(exchange.getRequestHeaders());
        accept(exchange, broker.complete(requestId, InvocationResult.Outcome.ERROR, body, headers));
    }

    private void initError(HttpExchange exchange) throws IOException {
        if (injected(exchange, Route.INIT_ERROR)) {
            return;
        }
        byte[] body = Exchanges.readBody(exchange, Integer.MAX_VALUE);
        PostedError error = new PostedError(body, HeaderMaps.fromRequest(exchange.getRequestHeaders()));
        if (broker.initError(error)) {
            Exchanges.sendJson(exchange, 202, ErrorBodies.ACCEPTED);
        } else {
            Exchanges.sendJson(exchange, 403, ErrorBodies.INIT_ERROR_ALREADY_REPORTED);
        }
    }

    private static void accept(HttpExchange exchange, boolean known) throws IOException {
        if (known) {
            Exchanges.sendJson(exchange, 202, ErrorBodies.ACCEPTED);
        } else {
            Exchanges.sendJson(exchange, 400, ErrorBodies.INVALID_REQUEST_ID);
        }
    }

    private boolean injected(HttpExchange exchange, Route route) throws IOException {
        int status = faults.take(route);
        if (status == 0) {
            return false;
        }
        Exchanges.drain(exchange);
        Exchanges.sendJson(exchange, status, ErrorBodies.INJECTED);
        return true;
    }

    /** Decodes the {@code %XX} escapes (UTF-8) of a path segment; a malformed segment is returned as is. */
    static String decodeSegment(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder decoded = new StringBuilder(raw.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '%') {
                decoded.append(raw.charAt(i++));
                continue;
            }
            run.reset();
            while (i < raw.length() && raw.charAt(i) == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    return raw;
                }
                run.write(high << 4 | low);
                i += 3;
            }
            decoded.append(run.toString(StandardCharsets.UTF_8));
        }
        return decoded.toString();
    }
}
