package dev.lambdashim.runtime.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One response from the Runtime API.
 *
 * @param status the HTTP status code
 * @param headers the response headers, names in lower case
 * @param body the whole body, already read off the connection
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    /** Always a whole answer: headers without a body are not a response. */
    public HttpResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** The header's value, or {@code null}; {@code name} must be lower case. */
    public String header(String name) {
        return headers.get(name);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
