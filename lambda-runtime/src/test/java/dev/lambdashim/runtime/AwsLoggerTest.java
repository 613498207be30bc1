package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.AwsStyle;
import dev.lambdashim.runtime.log.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * AWS's {@code LambdaLogger} writes records of the function's log: one frame per call, the caller's level, the
 * request id; filtered by {@code AWS_LAMBDA_LOG_LEVEL} when it is set and not otherwise, as on AWS's runtime.
 */
class AwsLoggerTest {

    private static final String HANDLER = AwsStyle.class.getName() + "::logs";

    private static String text(TelemetryFrame frame) {
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }

    @Test
    void jsonRecordsAtTheCallersLevelFilteredByTheLevelVariable() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(HANDLER, b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON")
                .env("AWS_LAMBDA_LOG_LEVEL", "WARN"))) {
            assertEquals("\"logged\"", run.emulator.invoke(Invocation.of("{}").withRequestId("req-log"), TIMEOUT)
                    .bodyAsString());
            TelemetryFrame warn = run.frames.await("warn message");
            assertEquals(LogLevel.WARN, FramedRuntime.level(warn));
            JsonNode record = json(warn.payload());
            assertEquals("WARN", record.get("level").asText());
            assertEquals("warn message", record.get("message").asText());
            assertEquals("req-log", record.get("AWSRequestId").asText());
            assertFalse(record.has("logger"), record::toString);
            assertEquals(LogLevel.ERROR, FramedRuntime.level(run.frames.await("error bytes")));
            // Without a level: never filtered, level UNDEFINED as AWS frames it, one trailing newline dropped.
            TelemetryFrame plain = run.frames.await("plain message");
            assertEquals(LogLevel.UNDEFINED, FramedRuntime.level(plain));
            assertEquals("plain message", json(plain.payload()).get("message").asText());
            TelemetryFrame nullMessage = run.frames.await("\"null\"");
            assertEquals("null", json(nullMessage.payload()).get("message").asText());
            List<String> all = run.frames.frames().stream().map(AwsLoggerTest::text).collect(Collectors.toList());
            assertFalse(all.stream().anyMatch(t -> t.contains("debug message")), all::toString);
        }
    }

    @Test
    void textRecordsAndNoFilterWithoutTheLevelVariable() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(HANDLER)) {
            run.emulator.invoke(Invocation.of("{}").withRequestId("req-text"), TIMEOUT);
            assertEquals("plain message", text(run.frames.await("plain message")));
            String debug = text(run.frames.await("debug message"));
            assertTrue(debug.matches("\\S+Z\treq-text\tDEBUG\tdebug message"), debug);
            assertEquals(LogLevel.DEBUG, FramedRuntime.level(run.frames.await("debug message")));
        }
    }
}
