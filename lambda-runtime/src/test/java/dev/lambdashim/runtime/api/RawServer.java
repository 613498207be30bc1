package dev.lambdashim.runtime.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A one-connection TCP server for the client's wire-level tests: records every byte the client sends and answers
 * each request with the bytes a test queued, written as they are (well-formed HTTP or not).
 */
final class RawServer implements AutoCloseable {

    private final ServerSocket server;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final BlockingQueue<byte[]> answers = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Socket socket;

    RawServer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Queues the bytes to write once the next request's head and body (up to {@code endMarker}) arrived. */
    void answer(String bytes) {
        answers.add(bytes.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Everything received so far. */
    String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Waits until what was received contains {@code text}; fails after 5 s. */
    String await(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!received().contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not received: " + text + "\nreceived:\n" + received());
            }
            Thread.sleep(5);
        }
        return received();
    }

    private void serve() {
        try (Socket s = server.accept()) {
            socket = s;
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            byte[] buffer = new byte[65536];
            int requestsSeen = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (received) {
                    received.write(buffer, 0, n);
                }
                int complete = completeRequests(received());
                while (requestsSeen < complete) {
                    requestsSeen++;
                    byte[] answer = answers.poll(5, TimeUnit.SECONDS);
                    if (answer == null) {
                        return;
                    }
                    out.write(answer);
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException ignored) {
            // closed by the test
        }
    }

    /** Requests end with a blank line (GET), a Content-Length body, or the last chunk and its trailers. */
    private static int completeRequests(String text) {
        int count = 0;
        int at = 0;
        while (true) {
            int headEnd = text.indexOf("\r\n\r\n", at);
            if (headEnd < 0) {
                return count;
            }
            String head = text.substring(at, headEnd);
            int bodyStart = headEnd + 4;
            if (head.contains("Transfer-Encoding: chunked")) {
                int end = chunkedEnd(text, bodyStart);
                if (end < 0) {
                    return count;
                }
                at = end;
            } else {
                int cl = head.indexOf("Content-Length: ");
                int length = cl < 0 ? 0 : Integer.parseInt(head.substring(cl + 16, head.indexOf("\r\n", cl)).trim());
                if (text.length() < bodyStart + length) {
                    return count;
                }
                at = bodyStart + length;
            }
            count++;
        }
    }

    /** Where a chunked body starting at {@code at} ends, trailers included; -1 while incomplete. */
    private static int chunkedEnd(String text, int at) {
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return -1;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
            if (size > 0) {
                at = lineEnd + 2 + size + 2;
                if (at > text.length()) {
                    return -1;
                }
                continue;
            }
            at = lineEnd + 2;
            while (true) { // trailers, then an empty line
                int trailerEnd = text.indexOf("\r\n", at);
                if (trailerEnd < 0) {
                    return -1;
                }
                if (trailerEnd == at) {
                    return at + 2;
                }
                at = trailerEnd + 2;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
