package bench.httpclient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A minimal Lambda runtime loop on {@link HttpClient}: one client, HTTP/1.1 (its pool keeps the connection alive),
 * bodies as byte arrays; {@code GET /next}, {@code POST} a fixed {@code "Hello, World!"} response, until killed.
 * {@code --no-default-tls}: the client gets an {@code SSLContext} initialised with no key or trust managers instead of
 * {@code SSLContext.getDefault()} (which reads the JDK's trust store), to tell the TLS set-up's share of the cold start
 * from the client's own (the Runtime API is plain HTTP: TLS is never used).
 */
public final class HttpClientLoop {

    private HttpClientLoop() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/invocation/";
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (args.length > 0 && args[0].equals("--no-default-tls")) {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[0], new TrustManager[0], null);
            builder.sslContext(tls);
        }
        HttpClient client = builder.build();
        HttpRequest next = HttpRequest.newBuilder(URI.create(base + "next")).GET().build();
        byte[] response = "\"Hello, World!\"".getBytes(StandardCharsets.UTF_8);
        while (true) {
            HttpResponse<byte[]> event = client.send(next, BodyHandlers.ofByteArray());
            String id = event.headers().firstValue("lambda-runtime-aws-request-id").orElse(null);
            if (event.statusCode() != 200 || id == null) {
                throw new IllegalStateException("/next answered " + event.statusCode());
            }
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + id + "/response"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(response))
                    .build();
            HttpResponse<byte[]> posted = client.send(post, BodyHandlers.ofByteArray());
            if (posted.statusCode() != 202 || event.body() == null) {
                throw new IllegalStateException("/response answered " + posted.statusCode());
            }
        }
    }
}
