package dev.lambdashim.maven.invoke;

import dev.lambdashim.emulator.HttpPrelude;
import dev.lambdashim.emulator.ResponseChunk;
import dev.lambdashim.emulator.ResponseListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Prints a streamed response as it arrives: for an HTTP response (Function URL, API Gateway) its status, headers and
 * cookies once the prelude is complete, then each chunk with when it came after the invocation started. Called on
 * the emulator's thread, so it only formats and logs.
 */
final class StreamPrinter implements ResponseListener {

    /** Characters of a chunk shown; the rest is counted, not printed (a 50 MB stream must not flood the build). */
    static final int SHOWN_PER_CHUNK = 2000;

    private final Consumer<String> log;
    private volatile long startNanos;
    private volatile long firstByteNanos = -1;
    private boolean http;
    private ByteArrayOutputStream preludeBytes;
    private int chunks;

    /** @param startNanos when the invocation was handed to the function ({@code System.nanoTime()}) */
    StreamPrinter(Consumer<String> log, long startNanos) {
        this.log = log;
        this.startNanos = startNanos;
    }

    /** For a cold start: the invocation starts when the new process first polls, not when it was queued. */
    void startedAt(long nanos) {
        startNanos = nanos;
    }

    @Override
    public void onStart(Map<String, String> headers) {
        String type = headers.get("content-type");
        http = HttpPrelude.isHttpIntegration(type);
        if (http) {
            preludeBytes = new ByteArrayOutputStream();
        } else {
            log.accept("Streamed response (" + (type == null ? "no content type" : type) + "):");
        }
    }

    @Override
    public void onChunk(ResponseChunk chunk) {
        if (firstByteNanos < 0) {
            firstByteNanos = chunk.arrivalNanos();
        }
        byte[] bytes = chunk.bytes();
        int from = 0;
        if (preludeBytes != null) {
            preludeBytes.writeBytes(bytes);
            byte[] all = preludeBytes.toByteArray();
            Optional<HttpPrelude.Split> split = HttpPrelude.split(all);
            if (split.isEmpty()) {
                return; // the prelude is still incomplete
            }
            printPrelude(split.get().prelude());
            preludeBytes = null;
            bytes = all;
            from = split.get().bodyOffset();
        }
        if (from < bytes.length) {
            printChunk(chunk.arrivalNanos(), bytes, from);
        }
    }

    private void printPrelude(HttpPrelude prelude) {
        log.accept("HTTP " + prelude.statusCode());
        for (Map.Entry<String, String> header : prelude.headers().entrySet()) {
            log.accept("  " + header.getKey() + ": " + header.getValue());
        }
        for (String cookie : prelude.cookies()) {
            log.accept("  Set-Cookie: " + cookie);
        }
    }

    /**
     * A one-line chunk (a token, a line of a page) is printed on its header's line, with one log call, so that the
     * function's own log records, printed by another thread, cannot come between them.
     */
    private void printChunk(long arrivalNanos, byte[] bytes, int from) {
        int length = bytes.length - from;
        String header = String.format(Locale.ROOT, "Chunk %d at +%.1f ms (%d bytes):", ++chunks,
                (arrivalNanos - startNanos) / 1e6, length);
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        String shown = text.length() > SHOWN_PER_CHUNK ? text.substring(0, SHOWN_PER_CHUNK) : text;
        String oneLine = shown.endsWith("\n") ? shown.substring(0, shown.length() - 1) : shown;
        if (oneLine.indexOf('\n') < 0 && shown.length() == text.length()) {
            log.accept(header + " " + oneLine);
            return;
        }
        log.accept(header);
        for (String line : shown.split("\n")) {
            log.accept("  " + line);
        }
        if (shown.length() < text.length()) {
            log.accept("  ... (" + (text.length() - shown.length()) + " more characters)");
        }
    }

    /** Milliseconds from the invocation's start to the first byte, or -1 when none came. */
    double timeToFirstByteMs() {
        return firstByteNanos < 0 ? -1 : (firstByteNanos - startNanos) / 1e6;
    }

}
