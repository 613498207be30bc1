package bench.httpclient;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A minimal Lambda runtime loop on {@link HttpURLConnection}, used as well as it can be: the JDK's keep-alive cache
 * (never {@code disconnect()}, every body read to its end and closed, so the connection goes back to the cache),
 * and by default the request body buffered by the connection, so that headers and body leave in one write.
 * {@code --fixed-length} uses {@code setFixedLengthStreamingMode} instead (headers flushed first, then the body).
 */
public final class UrlConnectionLoop {

    private UrlConnectionLoop() {
    }

    public static void main(String[] args) throws Exception {
        boolean fixedLength = args.length > 0 && args[0].equals("--fixed-length");
        String base = "http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/invocation/";
        URL nextUrl = new URL(base + "next");
        byte[] response = "\"Hello, World!\"".getBytes(StandardCharsets.UTF_8);
        while (true) {
            HttpURLConnection next = (HttpURLConnection) nextUrl.openConnection();
            int status = next.getResponseCode();
            String id = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
            if (status != 200 || id == null) {
                throw new IllegalStateException("/next answered " + status);
            }
            byte[] event;
            try (InputStream in = next.getInputStream()) {
                event = in.readAllBytes();
            }

            HttpURLConnection post = (HttpURLConnection) new URL(base + id + "/response").openConnection();
            post.setRequestMethod("POST");
            post.setDoOutput(true);
            post.setRequestProperty("Content-Type", "application/json");
            if (fixedLength) {
                post.setFixedLengthStreamingMode(response.length);
            }
            try (OutputStream out = post.getOutputStream()) {
                out.write(response);
            }
            int posted = post.getResponseCode();
            try (InputStream in = post.getInputStream()) {
                in.readAllBytes();
            }
            if (posted != 202 || event == null) {
                throw new IllegalStateException("/response answered " + posted);
            }
        }
    }
}
