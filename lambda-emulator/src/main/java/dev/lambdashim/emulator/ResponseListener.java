package dev.lambdashim.emulator;

/**
 * Sees the pieces of an invocation's streamed response as they arrive, for a tool that prints them live.
 * Given to {@link RuntimeApiEmulator#enqueue(Invocation, ResponseListener)}.
 *
 * <p>{@link #onChunk} is called on the server thread that reads the runtime's post, in arrival order, before
 * the next piece is read: return quickly, as a slow listener slows the runtime down (as a slow client does on
 * Lambda). A listener that throws is ignored for the rest of that response; the response is still recorded.
 * A buffered (non-streamed) response calls no listener.
 *
 * <p>{@link #onStart} comes first, with the post's headers (its {@code Content-Type} tells an HTTP response from a
 * plain stream).
 */
@FunctionalInterface
public interface ResponseListener {

    /** A piece of the streamed body, just read from the connection. */
    void onChunk(ResponseChunk chunk);

    /**
     * A streamed response begins: its post's headers arrived, before any piece of the body.
     *
     * @param headers the request headers of the post, names in lower case
     */
    default void onStart(java.util.Map<String, String> headers) {
    }
}
