package dev.lambdashim.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A minimal Lambda runtime's side of the Runtime API, for tests: one HTTP/1.1 client, so one keep-alive pool. */
final class RuntimeClient {

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    RuntimeClient(RuntimeApiEmulator emulator) {
        this.base = "http://" + emulator.runtimeApiAddress();
    }

    HttpResponse<byte[]> next() throws IOException, InterruptedException {
        return http.send(get("/2018-06-01/runtime/invocation/next"), HttpResponse.BodyHandlers.ofByteArray());
    }

    CompletableFuture<HttpResponse<byte[]>> nextAsync() {
        return http.sendAsync(get("/2018-06-01/runtime/invocation/next"), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> respond(String requestId, byte[] body) throws IOException, InterruptedException {
        return post(invocationPath(requestId, "response"), body);
    }

    HttpResponse<String> respond(String requestId, String body) throws IOException, InterruptedException {
        return respond(requestId, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> error(String requestId, String body, String... headers)
            throws IOException, InterruptedException {
        return post(invocationPath(requestId, "error"), body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> initError(String body, String... headers) throws IOException, InterruptedException {
        return post("/2018-06-01/runtime/init/error", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }

    private static String invocationPath(String requestId, String action) {
        String encoded = URLEncoder.encode(requestId, StandardCharsets.UTF_8).replace("+", "%20");
        return "/2018-06-01/runtime/invocation/" + encoded + "/" + action;
    }
}
