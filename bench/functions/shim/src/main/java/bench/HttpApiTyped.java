package bench;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import dev.lambdashim.events.HttpApiRequest;
import dev.lambdashim.events.HttpApiResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The same routes as {@code com.example.Api} (examples/http-api), written the other way: a plain {@code Handler} on lambda-events' HTTP API
 * records (payload 2.0 only), for the benchmark's side-by-side.
 */
public class HttpApiTyped implements Handler<HttpApiRequest, HttpApiResponse> {

    private static final String PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Override
    public HttpApiResponse handle(HttpApiRequest request, Context context) {
        String method = request.requestContext().http().method();
        String path = request.rawPath();
        if (method.equals("GET") && path.equals("/")) {
            return HttpApiResponse.of(200, "text/html; charset=utf-8", "<!doctype html><title>lambda-shim</title>"
                    + "<h1>An HttpHandler on Lambda (request " + context.requestId() + ")</h1>");
        } else if (method.equals("GET") && path.equals("/hello")) {
            return HttpApiResponse.of(200, "text/plain; charset=utf-8", "Hello, " + name(request) + "!");
        } else if (method.equals("GET") && path.startsWith("/orders/")) {
            String id = path.substring("/orders/".length());
            return HttpApiResponse.of(200, "application/json", "{\"id\":\"" + id.replaceAll("[^A-Za-z0-9-]", "")
                    + "\",\"status\":\"shipped\"}");
        } else if (method.equals("POST") && path.equals("/echo")) {
            String type = request.headers() == null ? null : request.headers().get("content-type");
            return new HttpApiResponse(200, Map.of("content-type", type == null ? "application/octet-stream" : type),
                    null, request.body(), request.isBase64Encoded());
        } else if (method.equals("GET") && path.equals("/pixel.png")) {
            return new HttpApiResponse(200, Map.of("content-type", "image/png"), null, PIXEL, true);
        }
        return HttpApiResponse.of(404, "text/plain; charset=utf-8", "No route for " + method + " " + path);
    }

    private static String name(HttpApiRequest request) {
        String query = request.rawQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("name=")) {
                    return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                }
            }
        }
        return "World";
    }
}
