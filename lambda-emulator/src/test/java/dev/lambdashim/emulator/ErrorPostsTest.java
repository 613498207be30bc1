package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.ACCEPTED;
import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ErrorPostsTest extends EmulatorFixture {

    private static final String ERROR = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\","
            + "\"stackTrace\":[\"a.b(C.java:1)\"]}";

    @Test
    void invocationErrorIsRecordedWithItsHeaders() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();

        HttpResponse<String> posted = runtime.error(id, ERROR,
                "Content-Type", "application/vnd.aws.lambda.error+json",
                "Lambda-Runtime-Function-Error-Type", "Runtime.IllegalState");

        assertEquals(202, posted.statusCode());
        assertEquals(ACCEPTED, posted.body());
        InvocationResult result = pending.await(TIMEOUT);
        assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
        assertTrue(result.isFunctionError());
        assertEquals(ERROR, result.bodyAsString());
        assertEquals(Optional.of("Runtime.IllegalState"), result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE));
        assertEquals("Runtime.IllegalState", result.headers().get("lambda-runtime-function-error-type"));
        assertEquals(Optional.of("application/vnd.aws.lambda.error+json"), result.header("Content-Type"));
        assertTrue(result.headers().keySet().stream().allMatch(k -> k.equals(k.toLowerCase())), result.headers()::toString);
    }

    @Test
    void initErrorFailsQueuedRunningAndLaterInvocations() throws Exception {
        PendingInvocation running = emulator.enqueue(Invocation.of("{\"n\":1}"));
        PendingInvocation queued = emulator.enqueue(Invocation.of("{\"n\":2}"));
        runtime.next();
        assertTrue(emulator.initError().isEmpty());

        HttpResponse<String> posted = runtime.initError(ERROR,
                "Content-Type", "application/json", "Lambda-Runtime-Function-Error-Type", "Runtime.NoSuchHandler");

        assertEquals(202, posted.statusCode());
        assertEquals(ACCEPTED, posted.body());
        PostedError error = emulator.initError().orElseThrow();
        assertEquals(ERROR, error.bodyAsString());
        assertEquals(Optional.of("Runtime.NoSuchHandler"), error.errorType());
        assertEquals(Optional.of("application/json"), error.contentType());
        assertEquals(error, emulator.awaitInitError(TIMEOUT));
        for (PendingInvocation pending : new PendingInvocation[] {running, queued}) {
            InvocationResult result = pending.await(TIMEOUT);
            assertEquals(InvocationResult.Outcome.INIT_ERROR, result.outcome());
            assertEquals(pending.invocation().requestId(), result.requestId());
            assertEquals(ERROR, result.bodyAsString());
            assertEquals(Optional.of("Runtime.NoSuchHandler"), result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE));
        }
        InvocationResult later = emulator.invoke(Invocation.of("{}"), TIMEOUT);
        assertEquals(InvocationResult.Outcome.INIT_ERROR, later.outcome());
        // the running invocation ended: its response is now for an unknown id
        assertEquals(400, runtime.respond(running.invocation().requestId(), "{}").statusCode());
    }

    @Test
    void secondInitErrorIsForbiddenAndIgnored() throws Exception {
        assertEquals(202, runtime.initError("{\"errorType\":\"first\"}").statusCode());

        HttpResponse<String> second = runtime.initError("{\"errorType\":\"second\"}");

        assertEquals(403, second.statusCode());
        assertTrue(second.body().contains("\"errorType\":\"InvalidStateTransition\""), second.body());
        assertEquals("{\"errorType\":\"first\"}", emulator.initError().orElseThrow().bodyAsString());
    }

    @Test
    void awaitInitErrorTimesOutWhenNoneCame() {
        assertThrows(TimeoutException.class, () -> emulator.awaitInitError(Duration.ofMillis(50)));
        assertTrue(emulator.initError().isEmpty());
    }
}
