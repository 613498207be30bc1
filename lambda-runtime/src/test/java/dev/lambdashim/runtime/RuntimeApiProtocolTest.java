package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.MalformedAnswer;
import dev.lambdashim.emulator.Route;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Lingering;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.fixtures.Streams;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The runtime's side of the Runtime API when the API misbehaves: what ends the process, what is never resent. */
class RuntimeApiProtocolTest {

    private static final String HANDLER = Methods.class.getName() + "::none";
    /** Well under the test timeout: "promptly" means the runtime does not wait for anything else. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Test
    void containerErrorOnTheResponseMakesTheRuntimeExit() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            emulator.injectFault(Route.RESPONSE, 500, 1);
            emulator.enqueue(Invocation.of("{}").withRequestId("r500"));
            assertEquals(1, runtime.awaitExit(PROMPTLY), runtime::output);
            assertTrue(runtime.output().contains("answered the response of request r500 with HTTP 500"),
                    runtime.output());
            assertEquals(1, emulator.nextRequestCount(), "exited without polling again");
        }
    }

    @Test
    void containerErrorOnAStreamedResponseMakesTheRuntimeExit() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Streams.class.getName())) {
            emulator.injectFault(Route.RESPONSE, 500, 1);
            emulator.enqueue(Invocation.of("empty"));
            assertEquals(1, runtime.awaitExit(PROMPTLY), runtime::output);
        }
    }

    @Test
    void aResponseWhoseConnectionDropsIsNotPostedTwiceAndTheLoopGoesOn() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            emulator.injectConnectionDrop(Route.RESPONSE);
            emulator.enqueue(Invocation.of("{}").withRequestId("dropped"));
            runtime.awaitOutput("could not post the response of request dropped");
            InvocationResult next = emulator.invoke(Invocation.of("{}"), TIMEOUT);
            assertEquals("\"none\"", next.bodyAsString());
            assertEquals(2, emulator.requestCount(Route.RESPONSE), "one POST for each invocation, none resent");
        }
    }

    @Test
    void anErrorWhoseConnectionDropsIsNotPostedTwice() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator,
                     dev.lambdashim.runtime.fixtures.Failures.class.getName() + "::checked")) {
            emulator.injectConnectionDrop(Route.ERROR);
            emulator.enqueue(Invocation.of("{}").withRequestId("dropped"));
            runtime.awaitOutput("could not post the error of request dropped");
            assertEquals(InvocationResult.Outcome.ERROR, emulator.invoke(Invocation.of("{}"), TIMEOUT).outcome());
            assertEquals(2, emulator.requestCount(Route.ERROR), "one POST for each invocation, none resent");
        }
    }

    @ParameterizedTest
    @EnumSource(MalformedAnswer.class)
    void aMalformedAnswerToNextIsFatal(MalformedAnswer kind) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            emulator.injectMalformedAnswer(Route.NEXT, kind);
            try (RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
                assertEquals(1, runtime.awaitExit(PROMPTLY), runtime::output);
                String output = runtime.output();
                assertTrue(output.contains("FATAL") && output.contains("answered with something that is not HTTP"),
                        output);
                assertTrue(!output.contains("Exception in thread"), "no uncaught exception:\n" + output);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MalformedAnswer.class)
    void aMalformedAnswerToTheResponseIsFatalEvenWithANonDaemonThreadRunning(MalformedAnswer kind)
            throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Lingering.class.getName() + "::start")) {
            emulator.injectMalformedAnswer(Route.RESPONSE, kind);
            emulator.enqueue(Invocation.of("{}"));
            assertEquals(1, runtime.awaitExit(PROMPTLY), runtime::output);
            assertTrue(runtime.output().contains("answered with something that is not HTTP"), runtime.output());
        }
    }

    @Test
    void theUserAgentNamesTheRuntime() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            emulator.invoke(Invocation.of("{}"), TIMEOUT);
            // Run from target/classes here, where there is no manifest; the packaged jar's version is checked by
            // the plugin's tests, through the zip's bootstrap.
            assertEquals("lambda-shim/unknown", emulator.lastUserAgent().orElse(null));
        }
    }
}
