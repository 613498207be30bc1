package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an invocation ended.
 *
 * @param requestId the invocation's request id
 * @param outcome   which post ended it
 * @param body      for {@link Outcome#RESPONSE} the response, for {@link Outcome#ERROR} and
 *                  {@link Outcome#INIT_ERROR} the posted error body, for {@link Outcome#RESPONSE_TOO_LARGE}
 *                  the error document Lambda returns to the caller
 * @param headers   the request headers of the runtime's post that ended it, names in lower case;
 *                  lookups ignore case
 */
public record InvocationResult(String requestId, Outcome outcome, byte[] body, Map<String, String> headers) {

    /** Which post of the runtime ended the invocation. */
    public enum Outcome {
        /** {@code POST /runtime/invocation/{id}/response} with a body within the size limit. */
        RESPONSE,
        /** {@code POST /runtime/invocation/{id}/error}. */
        ERROR,
        /** {@code POST /runtime/invocation/{id}/response} with a body over the size limit (answered 413). */
        RESPONSE_TOO_LARGE,
        /** {@code POST /runtime/init/error}, which fails every invocation not yet ended. */
        INIT_ERROR
    }

    /** Validates and copies the headers into an immutable, case-insensitive map. */
    public InvocationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
        headers = HeaderMaps.copyOf(headers);
    }

    /** Whether the invocation ended in a function error (anything but {@link Outcome#RESPONSE}). */
    public boolean isFunctionError() {
        return outcome != Outcome.RESPONSE;
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A request header of the runtime's post, looked up ignoring case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvocationResult other && requestId.equals(other.requestId)
                && outcome == other.outcome && Arrays.equals(body, other.body) && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, outcome, Arrays.hashCode(body), headers);
    }

    @Override
    public String toString() {
        return "InvocationResult[requestId=" + requestId + ", outcome=" + outcome + ", body=" + body.length
                + " bytes, headers=" + headers + "]";
    }
}
