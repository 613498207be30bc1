package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.Route;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.RuntimeApiHeaders;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.Concurrent;
import dev.lambdashim.runtime.log.LogFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code AWS_LAMBDA_MAX_CONCURRENCY}: several invocations in flight in one runtime process, against the emulator. */
class ConcurrencyTest {

    private static final String MEET = Concurrent.class.getName() + "::meet";

    /** The JDK running the tests, and a Java 21+ JDK beside it when there is one (virtual threads). */
    static Stream<Path> javaHomes() throws Exception {
        Path current = Paths.get(System.getProperty("java.home"));
        List<Path> homes = new ArrayList<>(List.of(current));
        if (JdkVersions.feature(current) < 21 && current.getParent() != null) {
            try (Stream<Path> siblings = Files.list(current.getParent())) {
                siblings.filter(home -> JdkVersions.feature(home) >= 21).sorted().findFirst().ifPresent(homes::add);
            }
        }
        return homes.stream();
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void eightInvocationsInFlightAtOnceEachSeeingOnlyItsOwnIds(Path javaHome) throws Exception {
        try (FramedRuntime run = FramedRuntime.start(MEET, b -> b.javaHome(javaHome)
                .env("AWS_LAMBDA_MAX_CONCURRENCY", "8").env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            List<PendingInvocation> pending = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pending.add(run.emulator.enqueue(Invocation.of("{\"together\":8,\"sleepMs\":100}")
                        .withRequestId("req-" + i).withHeader(RuntimeApiHeaders.TENANT_ID, "tenant-" + i)));
            }
            boolean virtual = JdkVersions.feature(javaHome) >= 21;
            Set<String> threads = new HashSet<>();
            for (PendingInvocation p : pending) {
                InvocationResult result = p.await(TIMEOUT);
                String id = p.invocation().requestId();
                assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(),
                        () -> result.bodyAsString() + "\n" + run.runtime.output());
                JsonNode seen = json(result.body());
                String trace = p.invocation().headers().get(RuntimeApiHeaders.TRACE_ID);
                assertEquals(id, seen.get("requestIdBefore").asText(), seen::toString);
                assertEquals(id, seen.get("requestIdAfter").asText(), seen::toString);
                assertEquals(trace, seen.get("traceBefore").asText(), seen::toString);
                assertEquals(trace, seen.get("traceAfter").asText(), seen::toString);
                assertEquals(id.replace("req-", "tenant-"), seen.get("tenant").asText(), seen::toString);
                assertTrue(seen.get("traceProperty").isNull(), "the process-wide property stays unset: " + seen);
                assertEquals(virtual, seen.get("virtual").asBoolean(), seen::toString);
                threads.add(seen.get("thread").asText());
            }
            assertEquals(8, threads.size(), "each in-flight invocation on a thread of its own: " + threads);
            for (int i = 0; i < 8; i++) {
                for (String kind : List.of("jul before ", "println before ", "jul after ", "println after ")) {
                    TelemetryFrame frame = run.frames.await(kind + "req-" + i);
                    run.assertWellFormed(frame, LogFormat.JSON);
                    JsonNode record = json(frame.payload());
                    assertEquals("req-" + i, record.get("AWSRequestId").asText(), frame::toString);
                    assertEquals("tenant-" + i, record.get("tenantId").asText(), frame::toString);
                }
            }
        }
    }

    @Test
    void thousandsOfInvocationsNoneLostNoneAnsweredTwice() throws Exception {
        int count = 3000;
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(Concurrent.class.getName() + "::echo").env("AWS_LAMBDA_MAX_CONCURRENCY", "8").start()) {
            List<PendingInvocation> pending = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                pending.add(emulator.enqueue(Invocation.of("{\"n\":" + n + "}")));
            }
            for (int n = 0; n < count; n++) {
                InvocationResult result = pending.get(n).await(TIMEOUT);
                assertEquals("\"" + n + " " + pending.get(n).invocation().requestId() + "\"", result.bodyAsString(),
                        runtime::output);
            }
            assertEquals(count, emulator.requestCount(Route.RESPONSE), "one /response post per invocation");
            assertEquals(0, emulator.requestCount(Route.ERROR));
            assertTrue(emulator.nextRequestCount() <= count + 8, "polls: " + emulator.nextRequestCount());
            assertTrue(runtime.isAlive());
        }
    }

    @Test
    void aFatalErrorInOneWorkerStopsTheWholeProcessPromptly() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(Concurrent.class.getName() + "::fatalOrSleep")
                     .env("AWS_LAMBDA_MAX_CONCURRENCY", "4").start()) {
            List<PendingInvocation> sleepers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sleepers.add(emulator.enqueue(Invocation.of("{\"sleepMs\":20000}")));
            }
            awaitPolls(emulator, 4, runtime);
            long start = System.nanoTime();
            InvocationResult fatal = emulator.invoke(Invocation.of("{\"fatal\":true}"), TIMEOUT);
            assertEquals(InvocationResult.Outcome.ERROR, fatal.outcome());
            assertEquals("Function.OutOfMemoryError",
                    fatal.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE).orElse(null));
            assertEquals(1, runtime.awaitExit(Duration.ofSeconds(10)), runtime::output);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(),
                    "exited without waiting for the other workers' 20 s invocations");
            assertTrue(runtime.output().contains("exiting after"), runtime.output());
            for (PendingInvocation sleeper : sleepers) {
                assertFalse(sleeper.result().isDone(), "a sleeper was answered although the process died");
            }
        }
    }

    @Test
    void theRuntimeApiGoneStopsTheWholeProcess() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            emulator.injectFault(Route.NEXT, 500, 1);
            try (RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                    .handler(Concurrent.class.getName() + "::echo").env("AWS_LAMBDA_MAX_CONCURRENCY", "4").start()) {
                assertEquals(1, runtime.awaitExit(TIMEOUT), runtime::output);
                assertTrue(runtime.output().contains("the Runtime API answered /next with HTTP 500"),
                        runtime.output());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-3", "2.5", "99999999999", "8x"})
    void aValueThatIsNotAPositiveWholeNumberIsReportedOnceAndMeansOneAtATime(String value) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(Concurrent.class.getName() + "::echo").env("AWS_LAMBDA_MAX_CONCURRENCY", value).start()) {
            assertEquals("\"1 ", emulator.invoke(Invocation.of("{\"n\":1}"), TIMEOUT).bodyAsString().substring(0, 3));
            awaitPolls(emulator, 2, runtime);
            Thread.sleep(300); // several workers would all have polled by now
            assertEquals(2, emulator.nextRequestCount(), "one poll at a time");
            String message = "AWS_LAMBDA_MAX_CONCURRENCY is '" + value
                    + "', which is not a positive whole number; running one invocation at a time";
            String output = runtime.output();
            assertEquals(output.indexOf(message), output.lastIndexOf(message), output);
            assertTrue(output.contains(message), output);
        }
    }

    @Test
    void aValidValueIsNotReported() {
        assertNull(Concurrency.parse("8").problem());
        assertEquals(8, Concurrency.parse(" 8 ").invocations());
        assertEquals(1, Concurrency.parse(null).invocations());
        assertNull(Concurrency.parse(null).problem());
    }

    private static void awaitPolls(RuntimeApiEmulator emulator, int polls, RuntimeProcess runtime)
            throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (emulator.nextRequestCount() < polls) {
            if (System.nanoTime() > end) {
                throw new AssertionError(polls + " polls expected, " + emulator.nextRequestCount() + " came:\n"
                        + runtime.output());
            }
            Thread.sleep(10);
        }
    }
}
