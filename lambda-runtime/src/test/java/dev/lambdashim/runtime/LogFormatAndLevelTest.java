package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.fixtures.Failures;
import dev.lambdashim.runtime.fixtures.LogKinds;
import dev.lambdashim.runtime.log.LogFormat;
import dev.lambdashim.runtime.log.LogLevel;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code AWS_LAMBDA_LOG_FORMAT=JSON}, {@code AWS_LAMBDA_LOG_LEVEL} filtering, and invalid values of both. */
class LogFormatAndLevelTest {

    private static final String K = LogKinds.class.getName() + "::";
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    private static JsonNode jsonFrame(FramedRuntime run, String text) throws Exception {
        TelemetryFrame frame = run.frames.await(text);
        run.assertWellFormed(frame, LogFormat.JSON);
        JsonNode record = json(frame.payload());
        assertTrue(ISO.matcher(record.get("timestamp").asText()).matches(), record::toString);
        assertEquals(FramedRuntime.isoMillis(frame.timestampMicros()), record.get("timestamp").asText());
        assertEquals(FramedRuntime.level(frame).name(), record.get("level").asText(), record::toString);
        return record;
    }

    @Test
    void jsonRecordsCarryTheDocumentedFields() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "everyKind", b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            run.emulator.invoke(Invocation.of("{}").withRequestId("req-json")
                    .withHeader("Lambda-Runtime-Aws-Tenant-Id", "tenant-9"), TIMEOUT);
            run.frames.await("no newline at the end");

            JsonNode info = jsonFrame(run, "jul info");
            assertEquals("INFO", info.get("level").asText());
            assertEquals("jul info", info.get("message").asText());
            assertEquals("fixture.kinds", info.get("logger").asText());
            assertEquals("req-json", info.get("AWSRequestId").asText());
            assertEquals("tenant-9", info.get("tenantId").asText());
            assertEquals(6, info.size(), info::toString);

            JsonNode error = jsonFrame(run, "jul with error");
            assertEquals("ERROR", error.get("level").asText());
            assertEquals("java.io.IOException", error.get("errorType").asText());
            assertEquals("disk full", error.get("errorMessage").asText());
            assertTrue(error.get("stackTrace").get(0).asText().startsWith("at " + LogKinds.class.getName()
                    + ".everyKind("), error::toString);
            assertTrue(error.get("stackTrace").toString().contains("Caused by: java.lang.IllegalStateException: root"));

            JsonNode multiLine = jsonFrame(run, "third");
            assertEquals("first\nsecond\nthird", multiLine.get("message").asText());
            assertEquals("INFO", multiLine.get("level").asText());
            assertFalse(multiLine.has("logger"));
            JsonNode err = jsonFrame(run, "err line");
            assertEquals("ERROR", err.get("level").asText());
            assertEquals("req-json", err.get("AWSRequestId").asText());
        }
    }

    @Test
    void jsonWithoutTenantLeavesItOutAndQuotesAreEscaped() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "quotes", b -> b.env("AWS_LAMBDA_LOG_FORMAT", "json"))) {
            run.emulator.invoke(Invocation.of("{}").withoutHeader("Lambda-Runtime-Aws-Tenant-Id"), TIMEOUT);
            JsonNode record = jsonFrame(run, "quote");
            assertEquals("quote \" backslash \\ tab \t emoji \uD83D\uDE00", record.get("message").asText());
            assertFalse(record.has("tenantId"), record::toString);
        }
    }

    @Test
    void printedJsonObjectIsKeptAsItIs() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "printJson", b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            run.emulator.invoke(Invocation.of("{}"), TIMEOUT);
            TelemetryFrame frame = run.frames.await("structured");
            run.assertWellFormed(frame, LogFormat.JSON);
            assertEquals("{\"custom\":\"structured\",\"n\":1}", frame.text());
        }
    }

    @Test
    void jsonInvocationErrorRecordHasTheErrorFields() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(Failures.class.getName() + "::checked",
                b -> b.env("AWS_LAMBDA_LOG_FORMAT", "JSON"))) {
            run.emulator.invoke(Invocation.of("{}").withRequestId("req-e"), TIMEOUT);
            JsonNode record = jsonFrame(run, "Invoke Error");
            assertEquals("Invoke Error", record.get("message").asText());
            assertEquals("lambda-shim", record.get("logger").asText());
            assertEquals("java.io.IOException", record.get("errorType").asText());
            assertEquals("disk full", record.get("errorMessage").asText());
            assertTrue(record.get("stackTrace").get(0).asText().startsWith(Failures.class.getName() + ".checked("));
        }
    }

    private static List<String> levelsRun(String level) throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "levels", b -> b.env("AWS_LAMBDA_LOG_LEVEL", level))) {
            run.emulator.invoke(Invocation.of("{}"), TIMEOUT);
            run.frames.await("printed line");
            return run.frames.frames().stream().map(TelemetryFrame::text).collect(Collectors.toList());
        }
    }

    private static boolean has(List<String> texts, String message) {
        return texts.stream().anyMatch(t -> t.endsWith(": " + message) || t.equals(message));
    }

    @Test
    void levelFiltersJulAndSystemLoggerButNotPrints() throws Exception {
        List<String> warn = levelsRun("WARN");
        for (String dropped : new String[] {"jul finest", "jul fine", "jul config", "jul info", "sys trace",
                "sys debug", "sys info"}) {
            assertFalse(has(warn, dropped), dropped + " at WARN: " + warn);
        }
        for (String kept : new String[] {"jul warning", "jul severe", "sys warning", "sys error", "printed line"}) {
            assertTrue(has(warn, kept), kept + " at WARN: " + warn);
        }
        List<String> trace = levelsRun("TRACE");
        for (String kept : new String[] {"jul finest", "jul fine", "jul config", "sys trace", "sys debug"}) {
            assertTrue(has(trace, kept), kept + " at TRACE: " + trace);
        }
        assertTrue(trace.stream().anyMatch(t -> t.contains("\tTRACE\tfixture.levels: sys trace")), trace::toString);
        assertTrue(trace.stream().anyMatch(t -> t.contains("\tDEBUG\tfixture.kinds: jul config")), trace::toString);
        List<String> fatal = levelsRun("FATAL");
        assertFalse(has(fatal, "jul severe") || has(fatal, "sys error"), fatal::toString);
        assertTrue(has(fatal, "printed line"), fatal::toString);
    }

    @Test
    void invalidLevelAndFormatAreReportedOnceAndFallBack() throws Exception {
        try (FramedRuntime run = FramedRuntime.start(K + "levels", b -> b.env("AWS_LAMBDA_LOG_LEVEL", "LOUD")
                .env("AWS_LAMBDA_LOG_FORMAT", "XML"))) {
            run.emulator.invoke(Invocation.of("{}"), TIMEOUT);
            run.emulator.invoke(Invocation.of("{}"), TIMEOUT);
            run.frames.await("printed line");
            List<TelemetryFrame> frames = run.frames.frames();
            List<TelemetryFrame> problems = frames.stream().filter(f -> f.text().contains("AWS_LAMBDA_LOG_")).toList();
            assertEquals(2, problems.size(), run.frames::describe);
            for (TelemetryFrame problem : problems) {
                run.assertWellFormed(problem, LogFormat.TEXT);
                assertEquals(LogLevel.WARN, FramedRuntime.level(problem));
            }
            assertTrue(problems.get(0).text().contains("AWS_LAMBDA_LOG_FORMAT is 'XML', expected JSON or TEXT;"
                    + " using TEXT"), problems.get(0)::toString);
            assertTrue(problems.get(1).text().contains("AWS_LAMBDA_LOG_LEVEL is 'LOUD'"), problems.get(1)::toString);
            List<String> texts = frames.stream().map(TelemetryFrame::text).toList();
            assertTrue(has(texts, "jul info") && !has(texts, "jul fine"), "INFO is the default: " + texts);
        }
    }

    @Test
    void invalidDescriptorGivesPlainLinesOnStdoutAndSaysSo() throws Exception {
        for (String fd : new String[] {"not-a-number", "97"}) {
            try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
                 RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(K + "levels")
                         .env("_LAMBDA_TELEMETRY_LOG_FD", fd).start()) {
                emulator.invoke(Invocation.of("{}"), TIMEOUT);
                String output = runtime.awaitOutput("printed line\n");
                assertTrue(output.contains("\tWARN\tlambda-shim: _LAMBDA_TELEMETRY_LOG_FD is "), output);
                assertTrue(output.contains("writing plain lines to stdout"), output);
                assertTrue(Pattern.compile("(?m)^\\S+Z\t\\S+\tINFO\tfixture.kinds: jul info$").matcher(output).find(),
                        output);
            }
        }
    }
}
