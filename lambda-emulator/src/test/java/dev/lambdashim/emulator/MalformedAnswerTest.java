package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Malformed answers, dropped connections, request counters and the recorded User-Agent. */
class MalformedAnswerTest extends EmulatorFixture {

    /** Sends {@code request} on a fresh socket and returns every byte the server sent until it closed. */
    private byte[] exchangeUntilClose(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all); // ends only when the server closes the connection
            return all.toByteArray();
        }
    }

    private static String post(String id, String body) {
        return "POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
    }

    private String handedOutId() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        return pending.invocation().requestId();
    }

    @Test
    void badStatusLineIsWrittenRawThenTheConnectionCloses() throws Exception {
        String id = handedOutId();
        emulator.injectMalformedAnswer(Route.RESPONSE, MalformedAnswer.BAD_STATUS_LINE);

        String answer = new String(exchangeUntilClose(post(id, "\"lost\"")), StandardCharsets.ISO_8859_1);

        assertTrue(answer.startsWith("HTTP/1.1 2x0 OK\r\n"), answer);
        assertEquals(1, emulator.requestCount(Route.RESPONSE));
        // nothing was recorded: the runtime may post again
        assertEquals(202, runtime.respond(id, "\"kept\"").statusCode());
        assertEquals(2, emulator.requestCount(Route.RESPONSE));
    }

    @Test
    void badChunkSizeIsAChunkedAnswerWithANonHexSize() throws Exception {
        emulator.injectMalformedAnswer(Route.NEXT, MalformedAnswer.BAD_CHUNK_SIZE);

        String answer = new String(exchangeUntilClose(
                "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n"), StandardCharsets.ISO_8859_1);

        assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
        assertTrue(answer.contains("Transfer-Encoding: chunked\r\n\r\nzz\r\n"), answer);
        // the java.net client refuses it
        assertThrows(IOException.class, () -> {
            emulator.injectMalformedAnswer(Route.NEXT, MalformedAnswer.BAD_CHUNK_SIZE);
            runtime.next();
        });
    }

    @Test
    void truncatedBodyDeclaresMoreThanItSends() throws Exception {
        String id = handedOutId();
        emulator.injectMalformedAnswer(Route.RESPONSE, MalformedAnswer.TRUNCATED_BODY);

        String answer = new String(exchangeUntilClose(post(id, "{}")), StandardCharsets.ISO_8859_1);

        assertTrue(answer.contains("Content-Length: 100\r\n"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.length() < 100, body);
    }

    @Test
    void connectionDropReadsTheWholeBodyAndAnswersNothing() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        String id = pending.invocation().requestId();
        emulator.injectConnectionDrop(Route.RESPONSE);

        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 10\r\n\r\n12345").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(300);
            // half the body sent: the server is still reading, the connection stays open
            assertThrows(SocketTimeoutException.class, in::read);
            socket.setSoTimeout(10_000);
            out.write("67890".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertEquals(-1, in.read(), "closed without an answer once the body was read");
        }

        assertFalse(pending.result().isDone());
        assertEquals(1, emulator.requestCount(Route.RESPONSE));
        assertEquals(202, runtime.respond(id, "\"again\"").statusCode());
        assertEquals("\"again\"", pending.await(TIMEOUT).bodyAsString());
        assertEquals(2, emulator.requestCount(Route.RESPONSE));
    }

    @Test
    void malformedFaultsAreServedInOrderWithStatusFaults() throws Exception {
        emulator.injectFault(Route.NEXT, 500, 1);
        emulator.injectConnectionDrop(Route.NEXT);
        emulator.enqueue(Invocation.of("{\"n\":1}"));

        assertEquals(500, runtime.next().statusCode());
        // a raw socket: java.net.http retries a GET whose reused connection closes without an answer
        assertEquals(0, exchangeUntilClose("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n").length);
        assertEquals("{\"n\":1}", new String(runtime.next().body(), StandardCharsets.UTF_8));
        assertEquals(3, emulator.nextRequestCount());
        assertEquals(3, emulator.requestCount(Route.NEXT));
    }

    @Test
    void countsRequestsPerRoute() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        runtime.error(pending.invocation().requestId(), "{}");
        runtime.error("unknown", "{}");
        runtime.initError("{}");

        assertEquals(1, emulator.requestCount(Route.NEXT));
        assertEquals(0, emulator.requestCount(Route.RESPONSE));
        assertEquals(2, emulator.requestCount(Route.ERROR));
        assertEquals(1, emulator.requestCount(Route.INIT_ERROR));
    }

    @Test
    void recordsTheUserAgentOfTheLastNext() throws Exception {
        assertEquals(Optional.empty(), emulator.lastUserAgent());
        emulator.enqueue(Invocation.of("{}"));
        emulator.enqueue(Invocation.of("{}"));
        exchangeOne("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nUser-Agent: runtime/1.0\r\n"
                + "Connection: close\r\n\r\n");
        assertEquals(Optional.of("runtime/1.0"), emulator.lastUserAgent());
        exchangeOne("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(Optional.empty(), emulator.lastUserAgent());
    }

    private void exchangeOne(String request) throws IOException {
        assertTrue(new String(exchangeUntilClose(request), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
    }
}
