package dev.lambdashim.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the Runtime API, version {@code 2018-06-01}, under {@value #PREFIX}: {@code GET invocation/next},
 * {@code POST invocation/{id}/response} (buffered or streamed), {@code POST invocation/{id}/error} and
 * {@code POST init/error}; counts the requests of each route and serves injected faults.
 */
final class RuntimeApiHandler {

    /** The path prefix of the Runtime API. */
    static final String PREFIX = "/2018-06-01/runtime/";

    private static final String NEXT = "invocation/next";
    private static final String INIT_ERROR = "init/error";
    private static final String INVOCATION = "invocation/";

    private final InvocationBroker broker;
    private final FaultInjector faults;
    private final Map<Route, AtomicInteger> requests = new EnumMap<>(Route.class);
    private volatile String lastUserAgent;

    RuntimeApiHandler(InvocationBroker broker, FaultInjector faults) {
        this.broker = broker;
        this.faults = faults;
        for (Route route : Route.values()) {
            requests.put(route, new AtomicInteger());
        }
    }

    /** How many requests of {@code route} arrived, faulted ones included. */
    int requestCount(Route route) {
        return requests.get(route).get();
    }

    /** The {@code User-Agent} of the last {@code GET /next} request, or {@code null}. */
    String lastUserAgent() {
        return lastUserAgent;
    }

    void handle(Exchange exchange) throws IOException {
        String path = exchange.rawPath();
        String rest = path.substring(Math.min(PREFIX.length(), path.length()));
        boolean get = "GET".equals(exchange.method());
        boolean post = "POST".equals(exchange.method());
        if (get && rest.equals(NEXT)) {
            next(exchange);
        } else if (post && rest.equals(INIT_ERROR)) {
            initError(exchange);
        } else if (post && rest.startsWith(INVOCATION)) {
            int slash = rest.lastIndexOf('/');
            String rawId = rest.substring(INVOCATION.length(), Math.max(INVOCATION.length(), slash));
            String action = rest.substring(slash + 1);
            if (rawId.isEmpty() || rawId.indexOf('/') >= 0) {
                exchange.notFound();
            } else if (action.equals("response")) {
                response(exchange, decodeSegment(rawId));
            } else if (action.equals("error")) {
                error(exchange, decodeSegment(rawId));
            } else {
                exchange.notFound();
            }
        } else {
            exchange.notFound();
        }
    }

    private void next(Exchange exchange) throws IOException {
        String userAgent = exchange.header("User-Agent");
        lastUserAgent = userAgent;
        if (injected(exchange, Route.NEXT)) {
            return;
        }
        exchange.drain();
        Invocation invocation;
        try {
            invocation = broker.awaitNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (invocation == null) { // closed: "Container error. Runtime should exit promptly."
            exchange.sendJson(500, ErrorBodies.INTERNAL_SERVER_ERROR);
            return;
        }
        exchange.setHeader("Content-Type", "application/json");
        for (Map.Entry<String, String> header : invocation.headers().entrySet()) {
            exchange.setHeader(header.getKey(), header.getValue());
        }
        exchange.send(200, invocation.payload());
    }

    private void response(Exchange exchange, String requestId) throws IOException {
        if (injected(exchange, Route.RESPONSE)) {
            return;
        }
        if (StreamedResponses.isStreamed(exchange)) {
            streamed(exchange, requestId);
            return;
        }
        byte[] body = exchange.readBody(ErrorBodies.MAX_RESPONSE_BYTES);
        Map<String, String> headers = exchange.headers();
        if (body == null) {
            if (broker.complete(requestId, InvocationResult.Outcome.RESPONSE_TOO_LARGE,
                    ErrorBodies.RESPONSE_SIZE_TOO_LARGE, headers)) {
                exchange.sendJson(413, ErrorBodies.REQUEST_ENTITY_TOO_LARGE);
            } else {
                exchange.sendJson(400, ErrorBodies.INVALID_REQUEST_ID);
            }
        } else {
            accept(exchange, broker.complete(new InvocationResult(requestId, InvocationResult.Outcome.RESPONSE,
                    body, headers, false, List.of(), exchange.trailers())));
        }
    }

    private void streamed(Exchange exchange, String requestId) throws IOException {
        ResponseListener listener = broker.listenerOf(requestId);
        if (listener == null) {
            exchange.drain();
            exchange.sendJson(400, ErrorBodies.INVALID_REQUEST_ID);
            return;
        }
        InvocationResult result = StreamedResponses.read(exchange, requestId, listener);
        boolean known = broker.complete(result);
        if (known && result.outcome() == InvocationResult.Outcome.RESPONSE_TOO_LARGE) {
            exchange.sendJson(413, ErrorBodies.STREAMED_REQUEST_ENTITY_TOO_LARGE);
        } else {
            accept(exchange, known);
        }
    }

    private void error(Exchange exchange, String requestId) throws IOException {
        if (injected(exchange, Route.ERROR)) {
            return;
        }
        byte[] body = exchange.readBody(Integer.MAX_VALUE);
        accept(exchange, broker.complete(requestId, InvocationResult.Outcome.ERROR, body, exchange.headers()));
    }

    private void initError(Exchange exchange) throws IOException {
        if (injected(exchange, Route.INIT_ERROR)) {
            return;
        }
        byte[] body = exchange.readBody(Integer.MAX_VALUE);
        PostedError error = new PostedError(body, exchange.headers());
        if (broker.initError(error)) {
            exchange.sendJson(202, ErrorBodies.ACCEPTED);
        } else {
            exchange.sendJson(403, ErrorBodies.INIT_ERROR_ALREADY_REPORTED);
        }
    }

    private static void accept(Exchange exchange, boolean known) throws IOException {
        if (known) {
            exchange.sendJson(202, ErrorBodies.ACCEPTED);
        } else {
            exchange.sendJson(400, ErrorBodies.INVALID_REQUEST_ID);
        }
    }

    /** Counts the request and, if a fault is armed on its route, serves it after reading the whole request. */
    private boolean injected(Exchange exchange, Route route) throws IOException {
        requests.get(route).incrementAndGet();
        FaultInjector.Fault fault = faults.take(route);
        if (fault == null) {
            return false;
        }
        exchange.drain();
        if (fault.malformed() != null) {
            exchange.writeRawAndClose(fault.malformed().bytes(route == Route.NEXT ? 200 : 202));
        } else if (fault.dropsConnection()) {
            exchange.closeConnection();
        } else {
            exchange.sendJson(fault.status(), ErrorBodies.INJECTED);
        }
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
