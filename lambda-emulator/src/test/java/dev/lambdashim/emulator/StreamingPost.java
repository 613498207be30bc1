package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A streamed response post as a custom runtime sends it, on a raw socket: chunked, each chunk flushed as
 * written, ended by a last chunk with or without the error trailers.
 */
final class StreamingPost implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    StreamingPost(RuntimeApiEmulator emulator, String requestId, String contentType) throws IOException {
        socket = new Socket("127.0.0.1", emulator.port());
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        write(("POST /2018-06-01/runtime/invocation/" + requestId + "/response HTTP/1.1\r\nHost: x\r\n"
                + "Lambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\n"
                + "Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends one chunk and flushes it. */
    StreamingPost chunk(byte[] bytes) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(bytes.length + 16);
        chunk.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunk.writeBytes(bytes);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        write(chunk.toByteArray());
        return this;
    }

    StreamingPost chunk(String text) throws IOException {
        return chunk(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the body with the last chunk and {@code trailerLines} (each "Name: value"), returns the status. */
    int end(String... trailerLines) throws IOException {
        StringBuilder last = new StringBuilder("0\r\n");
        for (String line : trailerLines) {
            last.append(line).append("\r\n");
        }
        write(last.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        return readStatus();
    }

    /** Reads the answer's status line and headers. */
    int readStatus() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertTrue(b >= 0, "connection closed by the server after: " + head);
            head.write(b);
        }
        return Integer.parseInt(head.toString(StandardCharsets.ISO_8859_1).substring(9, 12));
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
