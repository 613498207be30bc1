package dev.lambdashim.runtime;

import dev.lambdashim.runtime.api.HttpResponse;
import dev.lambdashim.runtime.api.RuntimeApiClient;
import java.nio.charset.StandardCharsets;

/**
 * A minimal Lambda runtime loop on lambda-shim's own client, {@link RuntimeApiClient} (one kept-alive socket,
 * TCP_NODELAY, one write per request): {@code GET /next}, read the request id and the event, {@code POST} a fixed
 * {@code "Hello, World!"} response, until killed. In this package only because the client is package-private.
 */
public final class SocketLoop {

    private SocketLoop() {
    }

    public static void main(String[] args) throws Exception {
        byte[] response = "\"Hello, World!\"".getBytes(StandardCharsets.UTF_8);
        try (RuntimeApiClient client = new RuntimeApiClient(System.getenv("AWS_LAMBDA_RUNTIME_API"))) {
            while (true) {
                HttpResponse next = client.next();
                String id = next.header("lambda-runtime-aws-request-id");
                if (next.status() != 200 || id == null) {
                    throw new IllegalStateException("/next answered " + next.status() + ": " + next.bodyAsString());
                }
                byte[] event = next.body();
                HttpResponse posted = client.postResponse(id, response, response.length);
                if (posted.status() != 202 || event == null) {
                    throw new IllegalStateException("/response answered " + posted.status());
                }
            }
        }
    }
}
