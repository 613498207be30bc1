package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NextInvocationTest extends EmulatorFixture {

    @Test
    void listensOnLoopbackWithAnEphemeralPort() {
        assertTrue(emulator.port() > 0);
        assertEquals("127.0.0.1:" + emulator.port(), emulator.runtimeApiAddress());
    }

    @Test
    void nextAnswersTheQueuedEventWithItsHeaders() throws Exception {
        Invocation invocation = Invocation.of("{\"name\":\"Ada\"}")
                .withHeader(RuntimeApiHeaders.CLIENT_CONTEXT, "{\"client\":{}}")
                .withHeader(RuntimeApiHeaders.COGNITO_IDENTITY, "{\"cognitoIdentityId\":\"id\"}")
                .withHeader(RuntimeApiHeaders.TENANT_ID, "blue");
        emulator.enqueue(invocation);

        HttpResponse<byte[]> next = runtime.next();

        assertEquals(200, next.statusCode());
        assertEquals("{\"name\":\"Ada\"}", new String(next.body(), StandardCharsets.UTF_8));
        assertEquals(Optional.of("application/json"), next.headers().firstValue("Content-Type"));
        assertEquals(Optional.of(String.valueOf(next.body().length)), next.headers().firstValue("Content-Length"));
        for (String name : invocation.headers().keySet()) {
            assertEquals(Optional.of(invocation.headers().get(name)), next.headers().firstValue(name), name);
        }
        assertEquals(Optional.of(invocation.requestId()), next.headers().firstValue("lambda-runtime-aws-request-id"));
        assertEquals(Optional.of("blue"), next.headers().firstValue(RuntimeApiHeaders.TENANT_ID));
        assertEquals(1, emulator.nextRequestCount());
    }

    @Test
    void nextSendsExactlyTheInvocationsHeadersEvenAbsentOrGarbage() throws Exception {
        Invocation invocation = Invocation.of("{}")
                .withoutHeader(RuntimeApiHeaders.TRACE_ID)
                .withoutHeader(RuntimeApiHeaders.INVOKED_FUNCTION_ARN)
                .withHeader(RuntimeApiHeaders.DEADLINE_MS, "not-a-number");
        emulator.enqueue(invocation);

        HttpResponse<byte[]> next = runtime.next();

        assertEquals(200, next.statusCode());
        assertEquals(Optional.of("not-a-number"), next.headers().firstValue(RuntimeApiHeaders.DEADLINE_MS));
        assertEquals(Optional.empty(), next.headers().firstValue(RuntimeApiHeaders.TRACE_ID));
        assertEquals(Optional.empty(), next.headers().firstValue(RuntimeApiHeaders.INVOKED_FUNCTION_ARN));
        assertEquals(Optional.empty(), next.headers().firstValue(RuntimeApiHeaders.CLIENT_CONTEXT));
        assertEquals(Optional.empty(), next.headers().firstValue(RuntimeApiHeaders.COGNITO_IDENTITY));
        assertEquals(Optional.empty(), next.headers().firstValue(RuntimeApiHeaders.TENANT_ID));
        assertEquals(Optional.of(invocation.requestId()), next.headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
    }

    @Test
    void nextDeliversAnEmptyPayloadWithContentLengthZero() throws Exception {
        emulator.enqueue(Invocation.of(new byte[0]));

        HttpResponse<byte[]> next = runtime.next();

        assertEquals(200, next.statusCode());
        assertEquals(0, next.body().length);
        assertEquals(Optional.of("0"), next.headers().firstValue("Content-Length"));
    }

    @Test
    void nextBlocksUntilAnInvocationIsQueued() throws Exception {
        CompletableFuture<HttpResponse<byte[]>> next = runtime.nextAsync();
        waitFor(() -> emulator.nextRequestCount() == 1);
        Thread.sleep(300);
        assertFalse(next.isDone(), "/next answered with nothing queued");

        Invocation invocation = emulator.enqueue(Invocation.of("{\"late\":true}")).invocation();

        HttpResponse<byte[]> answer = next.get(5, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("{\"late\":true}", new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(Optional.of(invocation.requestId()), answer.headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
    }

    @Test
    void invocationsAreHandedOutInQueueOrder() throws Exception {
        String first = emulator.enqueue(Invocation.of("1")).invocation().requestId();
        String second = emulator.enqueue(Invocation.of("2")).invocation().requestId();

        assertEquals(Optional.of(first), runtime.next().headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
        assertEquals(Optional.of(second), runtime.next().headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
        assertEquals(2, emulator.nextRequestCount());
    }

    @Test
    void countsNoNextBeforeTheRuntimePolls() {
        emulator.enqueue(Invocation.of("{}"));
        assertEquals(0, emulator.nextRequestCount());
    }

    @Test
    void defaultInvocationCarriesTheStandardHeaders() {
        long before = System.currentTimeMillis();
        Invocation invocation = Invocation.of("{\"a\":1}");

        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), invocation.payload());
        assertEquals(invocation.requestId(), invocation.headers().get("LAMBDA-RUNTIME-AWS-REQUEST-ID"));
        long deadline = Long.parseLong(invocation.headers().get(RuntimeApiHeaders.DEADLINE_MS));
        assertTrue(deadline >= before + 3_000 && deadline <= System.currentTimeMillis() + 3_000, "deadline " + deadline);
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:test",
                invocation.headers().get(RuntimeApiHeaders.INVOKED_FUNCTION_ARN));
        assertTrue(invocation.headers().get(RuntimeApiHeaders.TRACE_ID)
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1"),
                invocation.headers().get(RuntimeApiHeaders.TRACE_ID));
        assertEquals(4, invocation.headers().size());
    }

    @Test
    void invocationCopiesReplaceHeadersIgnoringCase() {
        Invocation invocation = Invocation.of("{}")
                .withHeader("lambda-runtime-deadline-ms", "5")
                .withRequestId("custom-id")
                .withDeadline(Instant.ofEpochMilli(42));

        assertEquals("custom-id", invocation.requestId());
        assertEquals("custom-id", invocation.headers().get(RuntimeApiHeaders.REQUEST_ID));
        assertEquals("42", invocation.headers().get("LAMBDA-runtime-deadline-ms"));
        assertEquals(4, invocation.headers().size());
        assertFalse(invocation.withoutHeader("LAMBDA-RUNTIME-TRACE-ID").headers().containsKey(RuntimeApiHeaders.TRACE_ID));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 5 s");
            Thread.sleep(10);
        }
    }
}
