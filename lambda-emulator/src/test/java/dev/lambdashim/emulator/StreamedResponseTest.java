package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamedResponseTest extends EmulatorFixture {

    /** One piece as the listener saw it, and when (its own clock). */
    private record Seen(long seenNanos, ResponseChunk chunk) {
    }

    @Test
    void theListenerHearsOfTheStartWithTheHeadersBeforeAnyPiece() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"), new ResponseListener() {
            @Override
            public void onStart(java.util.Map<String, String> headers) {
                events.add("start " + headers.get("content-type"));
            }

            @Override
            public void onChunk(ResponseChunk chunk) {
                events.add("chunk " + chunk.bytesAsString());
            }
        });
        runtime.next();
        try (StreamingPost post = new StreamingPost(emulator, pending.invocation().requestId(), "text/html")) {
            post.chunk("a");
            assertEquals(202, post.end());
        }
        pending.await(TIMEOUT);
        assertEquals(List.of("start text/html", "chunk a"), events);
    }

    @Test
    void chunksArriveInOrderWithTheirTimesAndTheListenerSeesThemLive() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"),
                chunk -> seen.add(new Seen(System.nanoTime(), chunk)));
        String id = pending.invocation().requestId();
        runtime.next();

        try (StreamingPost post = new StreamingPost(emulator, id, "text/plain")) {
            post.chunk("first");
            NextInvocationTest.waitFor(() -> seen.size() == 1);
            Thread.sleep(300);
            assertEquals(1, seen.size(), "the second chunk is not sent yet");
            assertFalse(pending.result().isDone(), "the post has not ended");
            post.chunk("second");
            assertEquals(202, post.end());
        }

        InvocationResult result = pending.await(TIMEOUT);
        assertTrue(result.streamed());
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
        assertEquals("firstsecond", result.bodyAsString());
        assertEquals("firstsecond", new String(result.streamedBody(), StandardCharsets.UTF_8));
        assertEquals(List.of("first", "second"), result.chunks().stream().map(ResponseChunk::bytesAsString).toList());
        long apart = result.chunks().get(1).arrivalNanos() - result.chunks().get(0).arrivalNanos();
        assertTrue(apart > TimeUnit.MILLISECONDS.toNanos(250), "chunks arrived " + apart + " ns apart");
        assertEquals(2, seen.size());
        assertEquals(result.chunks(), seen.stream().map(Seen::chunk).toList());
        long seenApart = seen.get(1).seenNanos() - seen.get(0).seenNanos();
        assertTrue(seenApart > TimeUnit.MILLISECONDS.toNanos(250), "listener saw them " + seenApart + " ns apart");
        assertEquals(Optional.of("streaming"), result.header(RuntimeApiHeaders.FUNCTION_RESPONSE_MODE));
        assertEquals(Optional.of("text/plain"), result.header("Content-Type"));
        assertTrue(result.trailers().isEmpty(), result.trailers()::toString);
    }

    @Test
    void errorTrailersEndTheStreamAsAFunctionError() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();
        String error = "{\"errorMessage\":\"late\",\"errorType\":\"java.lang.IllegalStateException\"}";
        String base64 = Base64.getEncoder().encodeToString(error.getBytes(StandardCharsets.UTF_8));

        try (StreamingPost post = new StreamingPost(emulator, id, null)) {
            post.chunk("partial ").chunk("output");
            assertEquals(202, post.end("Lambda-Runtime-Function-Error-Type: Runtime.IllegalState",
                    "Lambda-Runtime-Function-Error-Body: " + base64));
        }

        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
        assertTrue(result.isFunctionError());
        assertTrue(result.streamed());
        assertEquals(error, result.bodyAsString());
        assertEquals(Optional.of("Runtime.IllegalState"), result.trailer("lambda-runtime-function-error-type"));
        assertEquals(Optional.of("Runtime.IllegalState"), result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE));
        assertEquals(Optional.of(base64), result.trailer(RuntimeApiHeaders.FUNCTION_ERROR_BODY));
        assertEquals("partial output", new String(result.streamedBody(), StandardCharsets.UTF_8));
    }

    @Test
    void aTenMegabyteStreamIsAcceptedWhole() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();
        byte[] body = new byte[10 * 1024 * 1024];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31 + (i >>> 16));
        }

        try (StreamingPost post = new StreamingPost(emulator, id, "application/octet-stream")) {
            for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                post.chunk(java.util.Arrays.copyOfRange(body, offset, Math.min(body.length, offset + 64 * 1024)));
            }
            assertEquals(202, post.end());
        }

        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
        assertArrayEquals(body, result.body());
        assertArrayEquals(body, result.streamedBody());
        long previous = Long.MIN_VALUE;
        for (ResponseChunk chunk : result.chunks()) {
            assertTrue(chunk.arrivalNanos() >= previous, "arrival times go forward");
            assertTrue(chunk.bytes().length > 0);
            previous = chunk.arrivalNanos();
        }
    }

    /** 200 MiB pass (the documented streaming maximum), one byte more ends the invocation with 413. */
    @Test
    void aStreamOverTwoHundredMebibytesIsRejectedWith413() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        runtime.next();
        byte[] mebibyte = new byte[1024 * 1024];
        java.util.Arrays.fill(mebibyte, (byte) 'x');

        try (StreamingPost post = new StreamingPost(emulator, pending.invocation().requestId(), null)) {
            for (int i = 0; i < 200; i++) {
                post.chunk(mebibyte);
            }
            post.chunk(new byte[] {'!'});
            assertEquals(413, post.end());
        }

        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.RESPONSE_TOO_LARGE, result.outcome());
        assertEquals("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size (209715200 bytes).\","
                + "\"errorType\":\"Function.ResponseSizeTooLarge\"}", result.bodyAsString());
        assertEquals(200L * 1024 * 1024, result.chunks().stream().mapToLong(c -> c.bytes().length).sum());
    }

    @Test
    void aStreamForAnUnknownIdIsRejectedWith400() throws Exception {
        try (StreamingPost post = new StreamingPost(emulator, "no-such-id", null)) {
            post.chunk("x");
            assertEquals(400, post.end());
        }
    }

    @Test
    void aBufferedResponseHasNoChunksNorTrailers() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"), chunk -> {
            throw new AssertionError("a buffered response calls no listener");
        });
        runtime.next();
        runtime.respond(pending.invocation().requestId(), "{\"a\":1}");

        InvocationResult result = pending.await(TIMEOUT);
        assertFalse(result.streamed());
        assertEquals(List.of(), result.chunks());
        assertEquals(0, result.streamedBody().length);
        assertTrue(result.trailers().isEmpty());
        assertEquals("{\"a\":1}", result.bodyAsString());
    }

    @Test
    void aThrowingListenerDoesNotBreakTheStream() throws Exception {
        List<String> calls = new ArrayList<>();
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"), chunk -> {
            calls.add(chunk.bytesAsString());
            throw new IllegalStateException("listener bug");
        });
        runtime.next();
        try (StreamingPost post = new StreamingPost(emulator, pending.invocation().requestId(), null)) {
            post.chunk("a");
            NextInvocationTest.waitFor(() -> pending.invocation() != null && !calls.isEmpty());
            post.chunk("b");
            assertEquals(202, post.end());
        }
        assertEquals("ab", pending.await(TIMEOUT).bodyAsString());
        assertEquals(List.of("a"), calls);
    }
}
