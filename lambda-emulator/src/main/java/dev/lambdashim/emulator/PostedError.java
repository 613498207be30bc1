package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An error the runtime posted to {@code /runtime/init/error}.
 *
 * @param body    the posted body, as sent
 * @param headers all request headers of the post, names in lower case; lookups ignore case
 */
public record PostedError(byte[] body, Map<String, String> headers) {

    /** Validates and copies the headers into an immutable, case-insensitive map. */
    public PostedError {
        Objects.requireNonNull(body, "body");
        headers = HeaderMaps.copyOf(headers);
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The {@value RuntimeApiHeaders#FUNCTION_ERROR_TYPE} header, if the runtime sent one. */
    public Optional<String> errorType() {
        return header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE);
    }

    /** The {@code Content-Type} header, if the runtime sent one. */
    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /** A request header of the post, looked up ignoring case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostedError other && Arrays.equals(body, other.body) && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(body), headers);
    }

    @Override
    public String toString() {
        return "PostedError[body=" + bodyAsString() + ", headers=" + headers + "]";
    }
}
