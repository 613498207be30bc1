package dev.lambdashim.emulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.io.Content;

/**
 * Reads a streamed response post ({@code Lambda-Runtime-Function-Response-Mode: streaming}) piece by piece,
 * as Lambda's Runtime API does for custom runtimes: each piece is recorded with its arrival time and shown to
 * the invocation's {@link ResponseListener}; trailers {@code Lambda-Runtime-Function-Error-Type} and
 * {@code Lambda-Runtime-Function-Error-Body} (base64 of the error JSON) turn the stream into a function error.
 */
final class StreamedResponses {

    /** The value of {@link RuntimeApiHeaders#FUNCTION_RESPONSE_MODE} for a streamed response. */
    static final String STREAMING = "streaming";

    private StreamedResponses() {
    }

    /** Whether the post declares a streamed response. */
    static boolean isStreamed(Exchange exchange) {
        String mode = exchange.header(RuntimeApiHeaders.FUNCTION_RESPONSE_MODE);
        return mode != null && mode.trim().equalsIgnoreCase(STREAMING);
    }

    /**
     * Reads the whole streamed body and makes the invocation's result of it. Past
     * {@link ErrorBodies#MAX_STREAMED_RESPONSE_BYTES} nothing more is kept (nor shown to the listener), the
     * rest is read and discarded, and the result is {@link InvocationResult.Outcome#RESPONSE_TOO_LARGE}.
     */
    static InvocationResult read(Exchange exchange, String requestId, ResponseListener listener) throws IOException {
        List<ResponseChunk> chunks = new ArrayList<>();
        long size = 0;
        boolean tooLarge = false;
        ResponseListener live = start(listener, exchange.headers());
        while (true) {
            Content.Chunk chunk = exchange.read();
            long arrival = System.nanoTime();
            try {
                ByteBuffer buffer = chunk.getByteBuffer();
                if (buffer.hasRemaining() && !tooLarge) {
                    size += buffer.remaining();
                    if (size > ErrorBodies.MAX_STREAMED_RESPONSE_BYTES) {
                        tooLarge = true;
                    } else {
                        byte[] bytes = new byte[buffer.remaining()];
                        buffer.duplicate().get(bytes);
                        ResponseChunk piece = new ResponseChunk(arrival, bytes);
                        chunks.add(piece);
                        live = notify(live, piece);
                    }
                }
                if (chunk.isLast()) {
                    break;
                }
            } finally {
                chunk.release();
            }
        }
        Map<String, String> headers = exchange.headers();
        Map<String, String> trailers = exchange.trailers();
        InvocationResult.Outcome outcome;
        byte[] body;
        String errorType = trailers.get(RuntimeApiHeaders.FUNCTION_ERROR_TYPE);
        if (tooLarge) {
            outcome = InvocationResult.Outcome.RESPONSE_TOO_LARGE;
            body = ErrorBodies.STREAMED_RESPONSE_SIZE_TOO_LARGE;
        } else if (errorType != null && !errorType.isBlank()) {
            outcome = InvocationResult.Outcome.ERROR;
            body = decodeErrorBody(trailers.get(RuntimeApiHeaders.FUNCTION_ERROR_BODY));
        } else { // the response is everything streamed
            outcome = InvocationResult.Outcome.RESPONSE;
            ByteArrayBuilder all = new ByteArrayBuilder((int) size);
            chunks.forEach(piece -> all.append(piece.bytes()));
            body = all.toByteArray();
        }
        return new InvocationResult(requestId, outcome, body, headers, true, chunks, trailers);
    }

    /** The error JSON of the trailer; the trailer as sent if it is not base64, empty if there is none. */
    static byte[] decodeErrorBody(String base64) {
        if (base64 == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            return base64.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Tells the listener the stream begins; one that throws is dropped for the rest of the stream. */
    private static ResponseListener start(ResponseListener listener, Map<String, String> headers) {
        try {
            listener.onStart(headers);
            return listener;
        } catch (RuntimeException e) {
            return InvocationBroker.NO_LISTENER;
        }
    }

    /** Calls the listener; one that throws is dropped for the rest of the stream. */
    private static ResponseListener notify(ResponseListener listener, ResponseChunk piece) {
        try {
            listener.onChunk(piece);
            return listener;
        } catch (RuntimeException e) {
            return InvocationBroker.NO_LISTENER;
        }
    }
}
