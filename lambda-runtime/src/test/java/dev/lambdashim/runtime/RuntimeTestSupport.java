package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.IOException;
import java.time.Duration;

/** Shared helpers: one emulator and one runtime process per call. */
final class RuntimeTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private RuntimeTestSupport() {
    }

    /** Starts the runtime with the handler, sends one event, and returns the successful response body. */
    static String respond(String handler, String event) throws Exception {
        InvocationResult result = invokeOnce(handler, Invocation.of(event));
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(), () -> "expected a response, got "
                + result.outcome() + ": " + result.bodyAsString());
        return result.bodyAsString();
    }

    static InvocationResult invokeOnce(String handler, Invocation invocation) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, handler)) {
            try {
                return emulator.invoke(invocation, TIMEOUT);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no result within " + TIMEOUT + "; runtime output:\n" + runtime.output());
            }
        }
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    static JsonNode json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }
}
