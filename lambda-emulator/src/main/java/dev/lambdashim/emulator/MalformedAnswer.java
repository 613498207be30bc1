package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Broken answers {@link RuntimeApiEmulator#injectMalformedAnswer} writes to the connection, as raw bytes after
 * reading the whole request, before closing the connection: what a runtime's HTTP client must survive.
 */
public enum MalformedAnswer {
    /** A status line whose code is not a number: {@code HTTP/1.1 2x0 OK}, then a well-formed rest. */
    BAD_STATUS_LINE,
    /** A chunked answer whose first chunk-size line is not hexadecimal ({@code zz}). */
    BAD_CHUNK_SIZE,
    /** An answer whose {@code Content-Length} (100) is larger than the bytes sent before the close. */
    TRUNCATED_BODY;

    /** The bytes written for this kind; {@code status} is the one a correct answer would have. */
    byte[] bytes(int status) {
        String json = "Content-Type: application/json\r\n";
        String text = switch (this) {
            case BAD_STATUS_LINE -> "HTTP/1.1 2x0 OK\r\n" + json + "Content-Length: 15\r\n\r\n{\"status\":\"OK\"}";
            case BAD_CHUNK_SIZE -> "HTTP/1.1 " + status + " OK\r\n" + json + "Transfer-Encoding: chunked\r\n\r\n"
                    + "zz\r\n{\"status\":\"OK\"}\r\n0\r\n\r\n";
            case TRUNCATED_BODY -> "HTTP/1.1 " + status + " OK\r\n" + json + "Content-Length: 100\r\n\r\n{\"status\":";
        };
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
