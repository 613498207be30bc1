package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    @Test
    void manyNextResponsePairsOverOneClient() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            RuntimeClient runtime = new RuntimeClient(emulator);
            for (int i = 0; i < 50; i++) {
                PendingInvocation pending = emulator.enqueue(Invocation.of("{\"i\":" + i + "}"));
                HttpResponse<byte[]> next = runtime.next();
                assertEquals("{\"i\":" + i + "}", new String(next.body(), StandardCharsets.UTF_8));
                assertEquals(202, runtime.respond(pending.invocation().requestId(), "{\"o\":" + i + "}").statusCode());
                assertEquals("{\"o\":" + i + "}", pending.await(TIMEOUT).bodyAsString());
            }
            assertEquals(50, emulator.nextRequestCount());
        }
    }

    /** Sends requests one after another on a single socket: works only if the server keeps it alive. */
    @Test
    void oneConnectionServesSuccessiveRequests() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                PendingInvocation pending = emulator.enqueue(Invocation.of("{\"i\":" + i + "}"));
                String id = pending.invocation().requestId();
                write(out, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals("{\"i\":" + i + "}", readResponse(in, 200));
                // an unknown id with a body: the body must be drained for the next request to parse
                write(out, "POST /2018-06-01/runtime/invocation/unknown/response HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 5\r\n\r\nabcde");
                readResponse(in, 400);
                write(out, "POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 2\r\n\r\nok");
                assertEquals("{\"status\":\"OK\"}", readResponse(in, 202));
                assertEquals("ok", pending.await(TIMEOUT).bodyAsString());
            }
        }
    }

    /**
     * The JDK server writes headers and body separately; with Nagle's algorithm on, each keep-alive answer
     * waits about 40 ms for the client's delayed ACK (100 round trips: 4 s or more). Timing bound is loose.
     */
    @Test
    void keepAliveRoundTripsDoNotWaitForDelayedAcks() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                String id = emulator.enqueue(Invocation.of("{}")).invocation().requestId();
                write(out, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
                readResponse(in, 200);
                write(out, "POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 2\r\n\r\n{}");
                readResponse(in, 202);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 2_000, "100 keep-alive round trips took " + millis + " ms");
        }
    }

    @Test
    void closeAnswersBlockedNextWith500AndFailsPendingWork() throws Exception {
        RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
        RuntimeClient runtime = new RuntimeClient(emulator);
        CompletableFuture<HttpResponse<byte[]>> blocked = runtime.nextAsync();
        NextInvocationTest.waitFor(() -> emulator.nextRequestCount() == 1);
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}").withRequestId("a"));
        HttpResponse<byte[]> handedOut = blocked.get(10, TimeUnit.SECONDS);
        assertEquals(200, handedOut.statusCode());
        CompletableFuture<HttpResponse<byte[]>> blockedAgain = runtime.nextAsync();
        NextInvocationTest.waitFor(() -> emulator.nextRequestCount() == 2);

        emulator.close();

        assertEquals(500, blockedAgain.get(10, TimeUnit.SECONDS).statusCode());
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> pending.await(TIMEOUT));
        assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
        assertThrows(IllegalStateException.class, () -> emulator.awaitInitError(TIMEOUT));
        assertThrows(IllegalStateException.class, () -> emulator.enqueue(Invocation.of("{}")));
        emulator.close(); // idempotent
    }

    private static void write(OutputStream out, String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one response, checking its status, using Content-Length to find its end. */
    private static String readResponse(InputStream in, int expectedStatus) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertTrue(b >= 0, "connection closed by the server after: " + head);
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        assertTrue(lines[0].startsWith("HTTP/1.1 " + expectedStatus + " "), lines[0]);
        int length = -1;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            }
            assertTrue(!lower.startsWith("connection:") || !lower.contains("close"), line);
        }
        assertTrue(length >= 0, "no Content-Length in " + head);
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
