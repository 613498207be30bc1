package bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.lambdashim.core.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The http-api example's handler (examples/http-api, com.example.Api) for the benchmark: one JDK {@code HttpHandler}, a few routes. Behind an HTTP API (or a REST API, a Function URL, an ALB) when
 * packaged for Lambda; on the JDK's own {@code HttpServer} when run with {@link #main}. Nothing here knows which.
 *
 * <pre>
 * GET  /                 a small HTML page
 * GET  /hello?name=Ada   text: Hello, Ada!
 * GET  /orders/{id}      JSON
 * POST /echo             the request body back, with its content type
 * GET  /pixel.png        a 1x1 PNG (binary: base64 behind API Gateway, decoded by it)
 * anything else          404
 * </pre>
 */
public class HttpRoutes implements HttpHandler {

    /** A 1x1 transparent PNG. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("GET") && path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8", "<!doctype html><title>lambda-shim</title>"
                    + "<h1>An HttpHandler on " + where(exchange) + "</h1>");
        } else if (method.equals("GET") && path.equals("/hello")) {
            send(exchange, 200, "text/plain; charset=utf-8", "Hello, " + name(exchange) + "!");
        } else if (method.equals("GET") && path.startsWith("/orders/")) {
            String id = path.substring("/orders/".length());
            send(exchange, 200, "application/json", "{\"id\":\"" + id.replaceAll("[^A-Za-z0-9-]", "")
                    + "\",\"status\":\"shipped\"}");
        } else if (method.equals("POST") && path.equals("/echo")) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            send(exchange, 200, type == null ? "application/octet-stream" : type, body);
        } else if (method.equals("GET") && path.equals("/pixel.png")) {
            send(exchange, 200, "image/png", PIXEL);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "No route for " + method + " " + path);
        }
    }

    /** Lambda's request id when Lambda is calling, the JDK's server otherwise. */
    private static String where(HttpExchange exchange) {
        Object context = exchange.getAttribute("lambda.context");
        return context instanceof Context ? "Lambda (request " + ((Context) context).requestId() + ")"
                : "the JDK's HttpServer";
    }

    private static String name(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("name=")) {
                    return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        return "World";
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
