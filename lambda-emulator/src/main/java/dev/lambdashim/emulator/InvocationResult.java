package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an invocation ended.
 *
 * <p>A streamed response ({@code Lambda-Runtime-Function-Response-Mode: streaming}) also keeps each piece
 * of its body with the time it arrived ({@link #chunks()}) and the trailers that ended it. A stream that
 * ends with the {@value RuntimeApiHeaders#FUNCTION_ERROR_TYPE} trailer is an {@link Outcome#ERROR} whose
 * {@link #body()} is the decoded {@value RuntimeApiHeaders#FUNCTION_ERROR_BODY} trailer; the bytes streamed
 * before the error are still in {@link #streamedBody()}.
 *
 * @param requestId the invocation's request id
 * @param outcome   which post ended it
 * @param body      for {@link Outcome#RESPONSE} the response (for a stream: all streamed bytes), for
 *                  {@link Outcome#ERROR} and {@link Outcome#INIT_ERROR} the posted error body, for
 *                  {@link Outcome#RESPONSE_TOO_LARGE} the error document Lambda returns to the caller
 * @param headers   the request headers of the runtime's post that ended it, names in lower case;
 *                  lookups ignore case
 * @param streamed  whether the runtime streamed the response
 * @param chunks    the pieces of a streamed response in arrival order; empty for a buffered one
 * @param trailers  the trailers that ended the post's chunked body, names in lower case; lookups ignore case
 */
public record InvocationResult(String requestId, Outcome outcome, byte[] body, Map<String, String> headers,
        boolean streamed, List<ResponseChunk> chunks, Map<String, String> trailers) {

    /** Which post of the runtime ended the invocation. */
    public enum Outcome {
        /** {@code POST /runtime/invocation/{id}/response} with a body within the size limit. */
        RESPONSE,
        /** {@code POST /runtime/invocation/{id}/error}, or a streamed response ended by error trailers. */
        ERROR,
        /** {@code POST /runtime/invocation/{id}/response} with a body over the size limit (answered 413). */
        RESPONSE_TOO_LARGE,
        /** {@code POST /runtime/init/error}, which fails every invocation not yet ended. */
        INIT_ERROR
    }

    /** Validates and copies the headers, chunks and trailers into immutable collections. */
    public InvocationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
        headers = HeaderMaps.copyOf(headers);
        chunks = List.copyOf(chunks);
        trailers = HeaderMaps.copyOf(trailers);
    }

    /** A result of a buffered post: not streamed, no chunks, no trailers. */
    public InvocationResult(String requestId, Outcome outcome, byte[] body, Map<String, String> headers) {
        this(requestId, outcome, body, headers, false, List.of(), Map.of());
    }

    /** Whether the invocation ended in a function error (anything but {@link Outcome#RESPONSE}). */
    public boolean isFunctionError() {
        return outcome != Outcome.RESPONSE;
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A request header of the runtime's post, else a trailer of that name, looked up ignoring case: so
     * {@code header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE)} gives the error type of an error post and of a
     * stream ended by error trailers alike.
     */
    public Optional<String> header(String name) {
        String value = headers.get(name);
        return Optional.ofNullable(value != null ? value : trailers.get(name));
    }

    /** A trailer of the post's chunked body, looked up ignoring case. */
    public Optional<String> trailer(String name) {
        return Optional.ofNullable(trailers.get(name));
    }

    /** All bytes of a streamed response, concatenated (a new array each call); empty for a buffered one. */
    public byte[] streamedBody() {
        ByteArrayBuilder all = new ByteArrayBuilder(chunks.stream().mapToInt(c -> c.bytes().length).sum());
        for (ResponseChunk chunk : chunks) {
            all.append(chunk.bytes());
        }
        return all.toByteArray();
    }

    /**
     * The prelude of a streamed HTTP integration response (its {@code Content-Type} is
     * {@value HttpPrelude#CONTENT_TYPE}); empty for any other response, or if the delimiter never came.
     *
     * @throws IllegalArgumentException if the bytes before the delimiter are not a valid prelude
     */
    public Optional<HttpPrelude> httpPrelude() {
        return preludeSplit().map(HttpPrelude.Split::prelude);
    }

    /**
     * The HTTP body of a streamed HTTP integration response: the streamed bytes after the prelude and its
     * delimiter. For any other response, {@link #body()}.
     *
     * @throws IllegalArgumentException if the bytes before the delimiter are not a valid prelude
     */
    public byte[] httpBody() {
        Optional<HttpPrelude.Split> split = preludeSplit();
        if (split.isEmpty()) {
            return body.clone();
        }
        byte[] all = streamedBody();
        return Arrays.copyOfRange(all, split.get().bodyOffset(), all.length);
    }

    private Optional<HttpPrelude.Split> preludeSplit() {
        if (!streamed || !HttpPrelude.isHttpIntegration(headers.get("Content-Type"))) {
            return Optional.empty();
        }
        return HttpPrelude.split(streamedBody());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvocationResult other && requestId.equals(other.requestId)
                && outcome == other.outcome && Arrays.equals(body, other.body) && headers.equals(other.headers)
                && streamed == other.streamed && chunks.equals(other.chunks) && trailers.equals(other.trailers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, outcome, Arrays.hashCode(body), headers, streamed, chunks, trailers);
    }

    @Override
    public String toString() {
        return "InvocationResult[requestId=" + requestId + ", outcome=" + outcome + ", body=" + body.length
                + " bytes, headers=" + headers + (streamed ? ", streamed in " + chunks.size() + " chunks" : "")
                + (trailers.isEmpty() ? "" : ", trailers=" + trailers) + "]";
    }
}
