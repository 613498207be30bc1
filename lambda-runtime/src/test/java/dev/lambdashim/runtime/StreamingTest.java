package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.HttpPrelude;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.ResponseChunk;
import dev.lambdashim.emulator.Route;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.Streams;
import dev.lambdashim.runtime.log.LogFormat;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streaming handlers through the real runtime process and the emulator, as Lambda's streamed /response. */
class StreamingTest {

    private static final String HANDLER = Streams.class.getName();

    private static InvocationResult stream(String command) throws Exception {
        return RuntimeTestSupport.invokeOnce(HANDLER, Invocation.of(command));
    }

    @Test
    void chunksArriveInOrderAndBeforeTheHandlerReturns() throws Exception {
        List<ResponseChunk> seen = new CopyOnWriteArrayList<>();
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            InvocationResult result = emulator.enqueue(Invocation.of("parts"), seen::add).await(TIMEOUT);
            long ended = System.nanoTime();
            assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
            assertTrue(result.streamed());
            assertEquals("streaming", result.header("Lambda-Runtime-Function-Response-Mode").orElse(null));
            assertEquals("text/plain", result.header("Content-Type").orElse(null));
            assertEquals("part 1\npart 2\npart 3\n", result.bodyAsString());
            List<ResponseChunk> chunks = result.chunks();
            assertEquals(List.of("part 1\n", "part 2\n", "part 3\n"),
                    chunks.stream().map(ResponseChunk::bytesAsString).toList());
            assertEquals(chunks.size(), seen.size(), "the listener saw each chunk");
            // The handler sleeps 500 ms after each flush: each part arrived that long before the next one.
            long gap1 = TimeUnit.NANOSECONDS.toMillis(chunks.get(1).arrivalNanos() - chunks.get(0).arrivalNanos());
            long gap2 = TimeUnit.NANOSECONDS.toMillis(chunks.get(2).arrivalNanos() - chunks.get(1).arrivalNanos());
            assertTrue(gap1 >= 450 && gap2 >= 450, "gaps " + gap1 + " and " + gap2 + " ms");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(ended - chunks.get(0).arrivalNanos()) >= 900,
                    "the first part arrived well before the invocation ended");
        }
    }

    @Test
    void anExceptionAfterTheFirstByteEndsTheStreamWithTheErrorTrailers() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            InvocationResult result = emulator.invoke(Invocation.of("fail-after"), TIMEOUT);
            assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
            assertTrue(result.streamed());
            assertEquals("first part", new String(result.streamedBody(), StandardCharsets.UTF_8));
            assertEquals("Function.IllegalStateException",
                    result.trailer("Lambda-Runtime-Function-Error-Type").orElse(null));
            JsonNode error = json(result.body());
            assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
            assertEquals("failed after the first part", error.get("errorMessage").asText());
            assertEquals(result.bodyAsString(), new String(Base64.getDecoder().decode(
                    result.trailer("Lambda-Runtime-Function-Error-Body").orElseThrow()), StandardCharsets.UTF_8));
            assertEquals(0, emulator.requestCount(Route.ERROR), "no /error post after the first byte");
            runtime.awaitOutput("Invoke Error");
            // The loop goes on.
            assertEquals("part 1\npart 2\npart 3\n", emulator.invoke(Invocation.of("parts"), TIMEOUT).bodyAsString());
        }
    }

    @Test
    void anExceptionBeforeTheFirstByteIsAnOrdinaryErrorPost() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            InvocationResult result = emulator.invoke(Invocation.of("fail-before"), TIMEOUT);
            assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
            assertFalse(result.streamed());
            assertEquals("Function.IllegalArgumentException", result.header("Lambda-Runtime-Function-Error-Type")
                    .orElse(null));
            assertEquals("failed before the first byte", json(result.body()).get("errorMessage").asText());
            assertEquals(0, emulator.requestCount(Route.RESPONSE), "the unflushed bytes never left");
        }
    }

    @Test
    void aTenMegabyteStreamArrivesWhole() throws Exception {
        int size = 10 * 1024 * 1024;
        InvocationResult result = stream("big:" + size);
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(), result::toString);
        byte[] body = result.body();
        assertEquals(size, body.length);
        for (int i = 0; i < size; i += 4099) {
            assertEquals((byte) ('a' + (i % 8192) % 26), body[i], "byte " + i);
        }
        assertTrue(result.chunks().size() > 1, "sent in chunks as the buffer filled, not at the end");
    }

    @Test
    void anHttpResponseStartsWithThePrelude() throws Exception {
        InvocationResult result = stream("http");
        assertEquals(HttpPrelude.CONTENT_TYPE, result.header("Content-Type").orElse(null));
        HttpPrelude prelude = result.httpPrelude().orElseThrow();
        assertEquals(201, prelude.statusCode());
        assertEquals("text/html", prelude.headers().get("Content-Type"));
        assertEquals("prelude", prelude.headers().get("X-Part"));
        assertEquals(List.of("session=abc; Secure", "theme=dark"), prelude.cookies());
        assertEquals("<h1>Hello</h1><p>streamed</p>", new String(result.httpBody(), StandardCharsets.UTF_8));
    }

    @Test
    void aMethodTakingAResponseStreamStreamsToo() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(HANDLER + "::method",
                Invocation.of("!").withRequestId("r-1"));
        assertTrue(result.streamed());
        assertEquals("method r-1!", result.bodyAsString());
        assertEquals("application/octet-stream", result.header("Content-Type").orElse(null));
    }

    @Test
    void anEmptyStreamIsAnEmptyResponse() throws Exception {
        InvocationResult empty = stream("empty");
        assertEquals(InvocationResult.Outcome.RESPONSE, empty.outcome());
        assertTrue(empty.streamed());
        assertArrayEquals(new byte[0], empty.body());
    }

    @Test
    void recordsPrintedWhileStreamingCarryTheRequestId() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(HANDLER, b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            assertEquals("logged", run.emulator.invoke(Invocation.of("log").withRequestId("log-1"), TIMEOUT)
                    .bodyAsString());
            TelemetryFrame frame = run.frames.await("streaming for log-1");
            run.assertWellFormed(frame, LogFormat.JSON);
            assertEquals("log-1", json(frame.payload()).get("AWSRequestId").asText(), frame::toString);
        }
    }
}
