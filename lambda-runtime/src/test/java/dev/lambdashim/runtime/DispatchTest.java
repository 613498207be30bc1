package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Echo;
import dev.lambdashim.runtime.fixtures.Logging;
import dev.lambdashim.runtime.fixtures.Methods;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop over many events, large and unusual payloads, and the context built from the headers. */
class DispatchTest {

    private static final String M = Methods.class.getName() + "::";

    @Test
    void thousandSequentialInvocationsEachAnsweredUnderItsOwnRequestId() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, M + "contextOnly")) {
            for (int i = 0; i < 1000; i++) {
                Invocation invocation = Invocation.of("{}").withRequestId("request-" + i);
                InvocationResult result = emulator.invoke(invocation, TIMEOUT);
                assertEquals("request-" + i, result.requestId());
                assertEquals("\"context request-" + i + "\"", result.bodyAsString());
            }
            assertTrue(runtime.isAlive());
        }
    }

    @Test
    void fiveMegabyteResponseArrivesIntact() throws Exception {
        int size = 5 * 1024 * 1024;
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, M + "sized")) {
            InvocationResult result = emulator.invoke(Invocation.of(String.valueOf(size)), TIMEOUT);
            assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
            assertEquals(size, result.body().length);
            for (int i = 0; i < size; i += 4099) {
                assertEquals((byte) ('a' + (i % 8192) % 26), result.body()[i], "byte " + i);
            }
        }
    }

    @Test
    void theRuntimeAndTheEmulatorKnowTheSameLimit() {
        assertEquals(RuntimeApiEmulator.MAX_RESPONSE_BYTES, InvokeLoop.MAX_RESPONSE_BYTES);
    }

    @Test
    void responseOneByteOverTheLimitIsRejectedWithoutErrorPostAndTheLoopGoesOn() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, M + "sized")) {
            InvocationResult tooLarge = emulator.invoke(
                    Invocation.of(String.valueOf(InvokeLoop.MAX_RESPONSE_BYTES + 1)), TIMEOUT);
            assertEquals(InvocationResult.Outcome.RESPONSE_TOO_LARGE, tooLarge.outcome());
            runtime.awaitOutput("is 6291557 bytes, over Lambda's limit of 6291556 bytes");
            InvocationResult atLimit = emulator.invoke(
                    Invocation.of(String.valueOf(InvokeLoop.MAX_RESPONSE_BYTES)), TIMEOUT);
            assertEquals(InvocationResult.Outcome.RESPONSE, atLimit.outcome());
            assertEquals(InvokeLoop.MAX_RESPONSE_BYTES, atLimit.body().length);
            assertTrue(!runtime.output().contains("Invoke Error"), "no /error post for a 413:\n" + runtime.output());
        }
    }

    @Test
    void utf8WithNonBmpCharactersIsByteExact() throws Exception {
        String text = "{\"emoji\":\"\uD83D\uDE00\uD834\uDD1E\",\"cjk\":\"\u6F22\u5B57\",\"nul\":\"\\u0000\"}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Echo.class.getName())) {
            assertArrayEquals(bytes, emulator.invoke(Invocation.of(bytes), TIMEOUT).body());
        }
        JsonNode mapped = json(RuntimeTestSupport.respond(M + "map", text));
        assertEquals("\uD83D\uDE00\uD834\uDD1E", mapped.get("emoji").asText());
        assertEquals("\u6F22\u5B57", mapped.get("cjk").asText());
        assertEquals("\u0000", mapped.get("nul").asText());
    }

    @Test
    void contextCarriesEveryHeaderAndTheEnvironment() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        Invocation invocation = Invocation.of("{}").withRequestId("abc-123")
                .withHeader("Lambda-Runtime-Deadline-Ms", String.valueOf(deadline))
                .withHeader("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:1:function:f:prod")
                .withHeader("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
                .withHeader("Lambda-Runtime-Aws-Tenant-Id", "tenant-7")
                .withHeader("Lambda-Runtime-Client-Context", "{\"client\":{\"installation_id\":\"i-1\","
                        + "\"app_title\":\"App\",\"app_version_name\":\"1.0\",\"app_version_code\":\"10\","
                        + "\"app_package_name\":\"com.app\"},\"custom\":{\"k\":\"v\"},\"env\":{\"platform\":\"Android\"}}")
                .withHeader("Lambda-Runtime-Cognito-Identity",
                        "{\"cognitoIdentityId\":\"id-1\",\"cognitoIdentityPoolId\":\"pool-1\"}");
        JsonNode context = json(RuntimeTestSupport.invokeOnce(M + "context", invocation).body());
        assertEquals("abc-123", context.get("requestId").asText());
        assertEquals(deadline, context.get("deadlineMs").asLong());
        long remaining = context.get("remainingTimeMillis").asLong();
        assertTrue(remaining > 30_000 && remaining <= 60_000, "remaining " + remaining);
        assertEquals("arn:aws:lambda:eu-west-1:1:function:f:prod", context.get("invokedFunctionArn").asText());
        assertEquals("test-function", context.get("functionName").asText());
        assertEquals("$LATEST", context.get("functionVersion").asText());
        assertEquals(512, context.get("memoryLimitMb").asInt());
        assertEquals("/aws/lambda/test-function", context.get("logGroupName").asText());
        assertEquals("2026/11/25/[$LATEST]abcdef", context.get("logStreamName").asText());
        assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", context.get("traceId").asText());
        assertEquals("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", context.get("traceProperty").asText());
        assertEquals("tenant-7", context.get("tenantId").asText());
        assertEquals(json("{\"client\":{\"installationId\":\"i-1\",\"appTitle\":\"App\",\"appVersionName\":\"1.0\","
                + "\"appVersionCode\":\"10\",\"appPackageName\":\"com.app\"},\"custom\":{\"k\":\"v\"},"
                + "\"environment\":{\"platform\":\"Android\"}}"), context.get("clientContext"));
        assertEquals(json("{\"identityId\":\"id-1\",\"identityPoolId\":\"pool-1\"}"), context.get("identity"));
    }

    @Test
    void absentAndGarbageHeadersGiveEmptyValuesNotFailures() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, M + "context")) {
            Invocation traced = Invocation.of("{}")
                    .withHeader("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000001");
            assertEquals("Root=1-00000000-000000000000000000000001",
                    json(emulator.invoke(traced, TIMEOUT).body()).get("traceProperty").asText());

            Invocation bare = Invocation.of("{}");
            for (String header : new String[] {"Lambda-Runtime-Deadline-Ms", "Lambda-Runtime-Invoked-Function-Arn",
                    "Lambda-Runtime-Trace-Id", "Lambda-Runtime-Client-Context", "Lambda-Runtime-Cognito-Identity",
                    "Lambda-Runtime-Aws-Tenant-Id"}) {
                bare = bare.withoutHeader(header);
            }
            JsonNode absent = json(emulator.invoke(bare, TIMEOUT).body());
            assertEquals(0, absent.get("deadlineMs").asLong());
            assertEquals(0, absent.get("remainingTimeMillis").asLong());
            assertEquals("", absent.get("invokedFunctionArn").asText());
            assertTrue(absent.get("traceId").isNull());
            assertTrue(absent.get("traceProperty").isNull(), "the trace property is cleared when the header is absent");
            assertTrue(absent.get("tenantId").isNull());
            assertTrue(absent.get("clientContext").isNull());
            assertTrue(absent.get("identity").isNull());

            Invocation garbage = Invocation.of("{}")
                    .withHeader("Lambda-Runtime-Deadline-Ms", "soon")
                    .withHeader("Lambda-Runtime-Client-Context", "{not json")
                    .withHeader("Lambda-Runtime-Cognito-Identity", "[1,2]");
            JsonNode bad = json(emulator.invoke(garbage, TIMEOUT).body());
            assertEquals(0, bad.get("deadlineMs").asLong());
            assertTrue(bad.get("clientContext").isNull());
            assertTrue(bad.get("identity").isNull());
            runtime.awaitOutput("ignoring the Lambda-Runtime-Client-Context header");
            assertTrue(runtime.isAlive());
        }
    }

    @Test
    void requestIdThatNeedsEncodingStillGetsItsResponse() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(M + "contextOnly",
                Invocation.of("{}").withRequestId("id with spaces/and?query"));
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome());
        assertEquals("\"context id with spaces/and?query\"", result.bodyAsString());
    }

    @Test
    void handlerThatLeavesItsThreadInterruptedDoesNotBreakTheLoop() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, M + "interruptSelf")) {
            for (int i = 0; i < 3; i++) {
                assertEquals("\"interrupted\"", emulator.invoke(Invocation.of("{}"), TIMEOUT).bodyAsString());
            }
        }
    }

    @Test
    void stdoutStderrJulAndSystemLoggerReachTheLogWithTheRequestId() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, Logging.class.getName() + "::log")) {
            InvocationResult result = emulator.invoke(Invocation.of("{}").withRequestId("req-42"), TIMEOUT);
            assertEquals("\"logged\"", result.bodyAsString());
            String log = runtime.awaitOutput("system logger record");
            assertTrue(log.contains("stdout line\n"), log);
            assertTrue(log.contains("stderr line\n"), log);
            // TEXT format: the timestamp always has milliseconds (Instant.toString, used before, left out zeros).
            assertTrue(Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\treq-42\tINFO"
                    + "\tfixture.jul: jul record$").matcher(log).find(), log);
            assertTrue(Pattern.compile("(?m)^\\S+\\.\\d{3}Z\treq-42\tWARN\tfixture.system: system logger record$")
                    .matcher(log).find(), log);
        }
    }
}
