package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.Route;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Failures;
import dev.lambdashim.runtime.fixtures.Methods;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the runtime reacts when the Runtime API itself refuses, fails or cannot be reached. */
class RuntimeApiFailureTest {

    private static final String HANDLER = Methods.class.getName() + "::none";

    @ParameterizedTest
    @ValueSource(ints = {500, 403})
    void nextAnsweredWithErrorStatusMakesTheRuntimeExit(int status) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            emulator.injectFault(Route.NEXT, status, 1);
            try (RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
                assertEquals(1, runtime.awaitExit(TIMEOUT));
                assertTrue(runtime.output().contains("the Runtime API answered /next with HTTP " + status),
                        runtime.output());
                assertEquals(1, emulator.nextRequestCount(), "exited without polling again");
            }
        }
    }

    @Test
    void unreachableRuntimeApiIsRetriedBrieflyThenTheRuntimeExits() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: connections to it are refused
        }
        try (RuntimeProcess runtime = RuntimeProcess.builder().env("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + port)
                .handler(HANDLER).start()) {
            assertEquals(1, runtime.awaitExit(Duration.ofSeconds(20)));
            assertTrue(runtime.output().contains("cannot reach the Lambda Runtime API at 127.0.0.1:" + port
                    + " (AWS_LAMBDA_RUNTIME_API) after 5 attempts: java.net.ConnectException"), runtime.output());
        }
    }

    @Test
    void missingRuntimeApiVariableIsExplained() throws Exception {
        try (RuntimeProcess runtime = RuntimeProcess.builder().handler(HANDLER).start()) {
            assertEquals(1, runtime.awaitExit(TIMEOUT));
            assertTrue(runtime.output().contains("AWS_LAMBDA_RUNTIME_API is not set."), runtime.output());
            assertTrue(runtime.output().contains("mvn lambda:invoke"), runtime.output());
        }
    }

    @Test
    void malformedRuntimeApiVariableIsExplained() throws Exception {
        try (RuntimeProcess runtime = RuntimeProcess.builder().env("AWS_LAMBDA_RUNTIME_API", "localhost")
                .handler(HANDLER).start()) {
            assertEquals(1, runtime.awaitExit(TIMEOUT));
            assertTrue(runtime.output().contains("AWS_LAMBDA_RUNTIME_API is 'localhost', expected host:port"),
                    runtime.output());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403})
    void refusedResponsePostIsToleratedAndTheLoopGoesOn(int status) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            emulator.injectFault(Route.RESPONSE, status, 1);
            emulator.enqueue(Invocation.of("{}").withRequestId("refused"));
            runtime.awaitOutput("answered the response of request refused with HTTP " + status);
            InvocationResult next = emulator.invoke(Invocation.of("{}"), TIMEOUT);
            assertEquals("\"none\"", next.bodyAsString());
            assertTrue(runtime.isAlive());
        }
    }

    @Test
    void refusedErrorPostIsToleratedAndTheLoopGoesOn() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Failures.class.getName() + "::checked")) {
            emulator.injectFault(Route.ERROR, 403, 1);
            emulator.enqueue(Invocation.of("{}").withRequestId("refused"));
            runtime.awaitOutput("answered the error of request refused with HTTP 403");
            assertEquals(InvocationResult.Outcome.ERROR, emulator.invoke(Invocation.of("{}"), TIMEOUT).outcome());
        }
    }

    @Test
    void containerErrorOnAPostMakesTheRuntimeExit() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Failures.class.getName() + "::checked")) {
            emulator.injectFault(Route.ERROR, 500, 1);
            emulator.enqueue(Invocation.of("{}"));
            assertEquals(1, runtime.awaitExit(TIMEOUT), runtime::output);
        }
    }
}
