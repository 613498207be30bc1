package dev.lambdashim.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP response as the front door (API Gateway, a Function URL, an ALB) would send it to the client: from the
 * JSON an {@code HttpHandler} answers with, or from the start of a streamed HTTP response.
 *
 * @param statusCode the status
 * @param headers the headers, names as written; several values of one header in order
 * @param cookies the {@code Set-Cookie} values of an HTTP API, Function URL or streamed response
 * @param body the body, base64 decoded when the front door's JSON carried it so
 */
public record HttpResult(int statusCode, Map<String, List<String>> headers, List<String> cookies, byte[] body) {

    public HttpResult {
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    /** The first value of a header, its name in any case. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return Optional.of(header.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "HttpResult[" + statusCode + ", headers=" + headers + ", cookies=" + cookies + ", " + body.length
                + " bytes]";
    }
}
