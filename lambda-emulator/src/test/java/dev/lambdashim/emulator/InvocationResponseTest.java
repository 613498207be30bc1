package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class InvocationResponseTest extends EmulatorFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String ACCEPTED = "{\"status\":\"OK\"}";
    static final String INVALID_REQUEST_ID = "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}";
    static final int MAX = RuntimeApiEmulator.MAX_RESPONSE_BYTES;

    @Test
    void responseIsAcceptedAndDeliveredToTheCaller() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{\"n\":1}"));
        String id = pending.invocation().requestId();
        runtime.next();

        HttpResponse<String> posted = runtime.post("/2018-06-01/runtime/invocation/" + id + "/response",
                "{\"answer\":42}".getBytes(), "Content-Type", "application/json", "X-Custom", "yes");

        assertEquals(202, posted.statusCode());
        assertEquals(ACCEPTED, posted.body());
        assertEquals(Optional.of("application/json"), posted.headers().firstValue("Content-Type"));
        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(id, result.requestId());
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
        assertFalse(result.isFunctionError());
        assertEquals("{\"answer\":42}", result.bodyAsString());
        assertEquals(Optional.of("yes"), result.header("X-CUSTOM"));
        assertEquals("yes", result.headers().get("x-custom"));
        assertEquals(Optional.of("application/json"), result.header("content-type"));
    }

    @Test
    void responseOfExactlyTheLimitIsAccepted() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        byte[] body = new byte[MAX];
        Arrays.fill(body, (byte) 'x');

        HttpResponse<String> posted = runtime.respond(pending.invocation().requestId(), body);

        assertEquals(202, posted.statusCode());
        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
        assertArrayEquals(body, result.body());
    }

    @Test
    void responseOverTheLimitIsRejectedWith413AndEndsTheInvocation() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();

        HttpResponse<String> posted = runtime.respond(id, new byte[MAX + 1]);

        assertEquals(413, posted.statusCode());
        assertEquals("{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\","
                + "\"errorType\":\"RequestEntityTooLarge\"}", posted.body());
        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.RESPONSE_TOO_LARGE, result.outcome());
        assertEquals("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size "
                + "(6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}", result.bodyAsString());
        // the invocation has ended: a second post is for an unknown id
        HttpResponse<String> again = runtime.respond(id, "{}");
        assertEquals(400, again.statusCode());
        assertEquals(INVALID_REQUEST_ID, again.body());
    }

    @Test
    void chunkedResponsesAreLimitedToo() throws Exception {
        PendingInvocation small = emulator.enqueue(Invocation.of("{}"));
        PendingInvocation large = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        runtime.next();

        assertEquals(202, postChunked(small.invocation().requestId(), new byte[MAX]).statusCode());
        assertEquals(413, postChunked(large.invocation().requestId(), new byte[MAX + 1]).statusCode());

        assertEquals(MAX, small.await(TIMEOUT).body().length);
        assertEquals(InvocationResult.Outcome.RESPONSE_TOO_LARGE, large.await(TIMEOUT).outcome());
    }

    /** Posts without Content-Length: an input-stream publisher of unknown length makes the client chunk. */
    private HttpResponse<String> postChunked(String id, byte[] body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://" + emulator.runtimeApiAddress() + "/2018-06-01/runtime/invocation/" + id + "/response"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return runtime.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownRequestIdIsRejectedWith400() throws Exception {
        HttpResponse<String> response = runtime.respond("no-such-id", "{}");
        HttpResponse<String> error = runtime.error("no-such-id", "{}");

        assertEquals(400, response.statusCode());
        assertEquals(INVALID_REQUEST_ID, response.body());
        assertEquals(400, error.statusCode());
        assertEquals(INVALID_REQUEST_ID, error.body());
    }

    @Test
    void requestIdNotYetHandedOutIsRejectedAndStaysQueued() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();

        assertEquals(400, runtime.respond(id, "{}").statusCode());
        assertFalse(pending.result().isDone());
        assertEquals(Optional.of(id), runtime.next().headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
        assertEquals(202, runtime.respond(id, "{}").statusCode());
        assertEquals(InvocationResult.Outcome.RESPONSE, pending.await(TIMEOUT).outcome());
    }

    @Test
    void alreadyCompletedRequestIdIsRejectedWith400() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();
        assertEquals(202, runtime.respond(id, "\"first\"").statusCode());

        HttpResponse<String> second = runtime.respond(id, "\"second\"");
        HttpResponse<String> error = runtime.error(id, "{}");

        assertEquals(400, second.statusCode());
        assertEquals(INVALID_REQUEST_ID, second.body());
        assertEquals(400, error.statusCode());
        assertEquals("\"first\"", pending.await(TIMEOUT).bodyAsString());
    }

    @Test
    void urlEncodedRequestIdIsDecoded() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}").withRequestId("id with/slash?&ü"));
        runtime.next();

        HttpResponse<String> posted = runtime.respond("id with/slash?&ü", "\"ok\"");

        assertEquals(202, posted.statusCode());
        InvocationResult result = pending.await(TIMEOUT);
        assertEquals("id with/slash?&ü", result.requestId());
        assertEquals("\"ok\"", result.bodyAsString());
    }

    @Test
    void invokeReturnsTheResultAndTimesOutWithoutOne() throws Exception {
        assertThrows(TimeoutException.class, () -> emulator.invoke(Invocation.of("{}"), Duration.ofMillis(100)));

        Thread runtimeThread = new Thread(() -> {
            try {
                HttpResponse<byte[]> next = runtime.next(); // the timed-out one
                runtime.respond(next.headers().firstValue(RuntimeApiHeaders.REQUEST_ID).orElseThrow(), "1");
                next = runtime.next();
                runtime.respond(next.headers().firstValue(RuntimeApiHeaders.REQUEST_ID).orElseThrow(), "2");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        runtimeThread.start();
        InvocationResult result = emulator.invoke(Invocation.of("{}"), TIMEOUT);
        runtimeThread.join(TIMEOUT.toMillis());

        assertEquals("2", result.bodyAsString());
    }

    @Test
    void duplicateOpenRequestIdIsRefused() {
        emulator.enqueue(Invocation.of("{}").withRequestId("same"));
        assertThrows(IllegalArgumentException.class, () -> emulator.enqueue(Invocation.of("{}").withRequestId("same")));
    }

    @Test
    void decodesPathSegments() {
        assertEquals("a b/c", RuntimeApiHandler.decodeSegment("a%20b%2Fc"));
        assertEquals("ü-x", RuntimeApiHandler.decodeSegment("%C3%BC-x"));
        assertEquals("plain", RuntimeApiHandler.decodeSegment("plain"));
        assertEquals("bad%2", RuntimeApiHandler.decodeSegment("bad%2"));
        assertEquals("bad%zz", RuntimeApiHandler.decodeSegment("bad%zz"));
    }
}
