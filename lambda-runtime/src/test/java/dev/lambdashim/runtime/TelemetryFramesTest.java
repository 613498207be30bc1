package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.Route;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.Failures;
import dev.lambdashim.runtime.fixtures.LogKinds;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.log.LogFormat;
import dev.lambdashim.runtime.log.LogLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With {@code _LAMBDA_TELEMETRY_LOG_FD} (TEXT, the default format), every kind of record arrives as exactly one
 * well-formed frame on the descriptor, multi-line records included, and nothing is left on stdout.
 */
class TelemetryFramesTest {

    private static final String K = LogKinds.class.getName() + "::";
    private static final String PREFIX = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\treq-frames\t";

    @Test
    void eachKindOfRecordIsOneFrame() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "everyKind")) {
            InvocationResult result = run.emulator.invoke(Invocation.of("{}").withRequestId("req-frames"), TIMEOUT);
            assertEquals("\"done\"", result.bodyAsString());
            run.frames.await("no newline at the end");
            List<TelemetryFrame> frames = new ArrayList<>(run.frames.frames());
            frames.removeIf(f -> !f.text().contains("line") && !f.text().contains("fixture.")
                    && !f.text().contains("printed trace") && !f.text().contains("formatted")
                    && !f.text().contains("partial") && !f.text().contains("first"));
            assertEquals(10, frames.size(), run.frames::describe);
            String[] texts = frames.stream().map(TelemetryFrame::text).toArray(String[]::new);
            assertEquals("out line", texts[0]);
            assertEquals("err line", texts[1]);
            assertEquals("first\nsecond\nthird", texts[2]);
            assertEquals("partial then complete", texts[3]);
            assertTrue(Pattern.matches(PREFIX + "INFO\tfixture.kinds: jul info", texts[4]), texts[4]);
            assertTrue(Pattern.matches(PREFIX + "WARN\tfixture.system: system warning", texts[5]), texts[5]);
            assertTrue(Pattern.compile(PREFIX + "ERROR\tfixture.kinds: jul with error\njava.io.IOException: disk full\n"
                    + "\tat dev.lambdashim.runtime.fixtures.LogKinds.everyKind\\(LogKinds.java:\\d+\\)\n.*"
                    + "Caused by: java.lang.IllegalStateException: root\n.*", Pattern.DOTALL).matcher(texts[6]).matches(),
                    texts[6]);
            assertTrue(texts[7].startsWith("java.lang.IllegalArgumentException: printed trace\n\tat "
                    + LogKinds.class.getName() + ".everyKind("), texts[7]);
            assertTrue(texts[7].contains("\nCaused by: java.lang.IllegalStateException: inner\n"), texts[7]);
            assertFalse(texts[7].endsWith("\n"), "the record has no trailing line end");
            assertEquals("formatted 42", texts[8]);
            assertEquals("no newline at the end", texts[9]);

            LogLevel[] levels = {LogLevel.INFO, LogLevel.ERROR, LogLevel.INFO, LogLevel.INFO, LogLevel.INFO,
                    LogLevel.WARN, LogLevel.ERROR, LogLevel.ERROR, LogLevel.INFO, LogLevel.INFO};
            long previous = 0;
            for (int i = 0; i < frames.size(); i++) {
                TelemetryFrame frame = frames.get(i);
                run.assertWellFormed(frame, LogFormat.TEXT);
                assertEquals(levels[i], FramedRuntime.level(frame), frame::toString);
                assertTrue(frame.timestampMicros() >= previous, "one thread's records are in time order");
                previous = frame.timestampMicros();
            }
            // The logger records' TEXT timestamp is the header's.
            for (int i : new int[] {4, 5, 6}) {
                assertEquals(FramedRuntime.isoMillis(frames.get(i).timestampMicros()), texts[i].substring(0, 24));
            }
            assertFalse(run.runtime.output().contains("out line"), "framed records are not also on stdout:\n"
                    + run.runtime.output());
        }
    }

    @Test
    void invocationErrorIsOneErrorRecordOfTheRuntime() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(Failures.class.getName() + "::checked")) {
            run.emulator.invoke(Invocation.of("{}").withRequestId("req-failed"), TIMEOUT);
            TelemetryFrame frame = run.frames.await("Invoke Error");
            run.assertWellFormed(frame, LogFormat.TEXT);
            assertEquals(LogLevel.ERROR, FramedRuntime.level(frame));
            assertTrue(Pattern.matches("\\S+Z\treq-failed\tERROR\tlambda-shim: Invoke Error \\{\"errorMessage\":"
                    + "\"disk full\",\"errorType\":\"java.io.IOException\",\"stackTrace\":\\[.*", frame.text()),
                    frame::toString);
            assertEquals(1, run.frames.frames().stream().filter(f -> f.text().contains("Invoke Error")).count());
        }
    }

    @Test
    void oversizedResponseNoticeIsAnErrorRecord() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(Methods.class.getName() + "::sized")) {
            run.emulator.invoke(Invocation.of(String.valueOf(InvokeLoop.MAX_RESPONSE_BYTES + 1)), TIMEOUT);
            TelemetryFrame frame = run.frames.await("over Lambda's limit");
            run.assertWellFormed(frame, LogFormat.TEXT);
            assertEquals(LogLevel.ERROR, FramedRuntime.level(frame));
        }
    }

    @Test
    void fatalExitIsAFatalRecordAndEverythingIsWrittenBeforeExit() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(Methods.class.getName() + "::none")) {
            run.emulator.injectFault(Route.NEXT, 500, 1);
            assertEquals(1, run.runtime.awaitExit(TIMEOUT));
            List<TelemetryFrame> frames = run.frames.awaitEnd();
            TelemetryFrame last = frames.get(frames.size() - 1);
            run.assertWellFormed(last, LogFormat.TEXT);
            assertEquals(LogLevel.FATAL, FramedRuntime.level(last), run.frames::describe);
            assertTrue(last.text().contains("\tFATAL\tlambda-shim: the Runtime API answered /next with HTTP 500"),
                    last::toString);
        }
    }

    @Test
    void outputWrittenJustBeforeTheFunctionExitsIsNotLost() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "printThenExit")) {
            run.emulator.enqueue(Invocation.of("{}"));
            assertEquals(3, run.runtime.awaitExit(TIMEOUT));
            TelemetryFrame frame = run.frames.awaitEnd().stream().filter(f -> f.text().equals("last words before exit"))
                    .findFirst().orElseThrow(() -> new AssertionError(run.frames.describe()));
            run.assertWellFormed(frame, LogFormat.TEXT);
            assertEquals(LogLevel.INFO, FramedRuntime.level(frame));
        }
    }
}
