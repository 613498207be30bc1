package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.LogKinds;
import dev.lambdashim.runtime.fixtures.StaticInitLogging;
import dev.lambdashim.runtime.log.LogFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records outside the handler's own thread and outside an invocation. */
class LogContextTest {

    @Test
    void staticInitializerRecordsAreWrittenAtStartUpWithoutRequestId() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(StaticInitLogging.class.getName())) {
            // Before any invocation: the handler class is initialized at start-up, and a partial line is flushed
            // before the runtime polls (when Lambda may freeze the process).
            TelemetryFrame jul = run.frames.await("logged in a static initializer");
            TelemetryFrame printed = run.frames.await("printed in a static initializer");
            TelemetryFrame partial = run.frames.await("static partial without newline");
            for (TelemetryFrame frame : List.of(jul, printed, partial)) {
                run.assertWellFormed(frame, LogFormat.TEXT);
            }
            assertTrue(jul.text().matches("\\S+Z\t-\tINFO\tfixture.static: logged in a static initializer"),
                    jul::toString);
            assertEquals("printed in a static initializer", printed.text());
            assertEquals("\"initialized\"", run.emulator.invoke(Invocation.of("{}"), TIMEOUT).bodyAsString());
        }
    }

    @Test
    void anotherThreadsRecordsDuringAnInvocationCarryItsRequestId() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(LogKinds.class.getName() + "::fromAnotherThread",
                b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            run.emulator.invoke(Invocation.of("{}").withRequestId("req-thread"), TIMEOUT);
            for (String text : new String[] {"worker jul", "worker println"}) {
                TelemetryFrame frame = run.frames.await(text);
                run.assertWellFormed(frame, LogFormat.JSON);
                assertEquals("req-thread", RuntimeTestSupport.json(frame.payload()).get("AWSRequestId").asText(),
                        frame::toString);
            }
        }
    }
}
