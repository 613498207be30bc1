package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.invokeOnce;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static dev.lambdashim.runtime.RuntimeTestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.RuntimeApiHeaders;
import dev.lambdashim.runtime.fixtures.AwsStyle;
import dev.lambdashim.runtime.fixtures.UpperCaseSerializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Handlers written against AWS's aws-lambda-java-core, through the real runtime process: each shape AWS accepts. */
class AwsHandlersTest {

    private static final String A = AwsStyle.class.getName();

    @Test
    void aRequestHandlerReadsAndWritesWithAwsRules() throws Exception {
        // AWS's Jackson set-up: standard bean names (URL), nulls left out, unknown properties ignored.
        assertEquals("{\"message\":\"Hello, Ada (36)\",\"URL\":\"https://example.com\"}",
                respond(A + "$Greet", "{\"name\":\"Ada\",\"age\":36,\"unknown\":true}"));
    }

    @Test
    void typeArgumentsComeFromTheSubclass() throws Exception {
        assertEquals("\"ArrayList:[1, 2, 3]\"", respond(A + "$Numbers", "[1,2,3]"));
    }

    @Test
    void aStreamHandlerAndAVoidResult() throws Exception {
        assertEquals("\"ABC\"", respond(A + "$Upper", "\"abc\""));
        assertEquals("null", respond(A + "$Nothing", "{}"));
    }

    @Test
    void methodsArePickedAsAwsPicksThem() throws Exception {
        assertEquals("\"event and context\"", respond(A + "::pick", "\"x\""));
        assertEquals("null", respond(A + "::drain", "{\"a\":1}"));
        InvocationResult written = invokeOnce(A + "::write", Invocation.of("{}").withRequestId("req-7"));
        assertEquals("\"req-7\"", written.bodyAsString());
    }

    @Test
    void anExceptionIsAFunctionError() throws Exception {
        InvocationResult result = invokeOnce(A + "$Fails", Invocation.of("{\"id\":5}"));
        assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
        assertEquals("Function.IllegalArgumentException",
                result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE).orElseThrow());
        JsonNode body = json(result.body());
        assertEquals("java.lang.IllegalArgumentException", body.get("errorType").asText());
        assertEquals("no order 5", body.get("errorMessage").asText());
        assertTrue(body.get("stackTrace").get(0).asText().startsWith(A + "$Fails.handleRequest("), body::toString);
    }

    @Test
    void anEventThatDoesNotFitIsMalformed() throws Exception {
        InvocationResult result = invokeOnce(A + "$Greet", Invocation.of("{\"age\":\"not a number\"}"));
        assertEquals("Runtime.MalformedEvent", result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE).orElseThrow());
        assertTrue(json(result.body()).get("errorMessage").asText().contains(AwsStyle.Person.class.getName()),
                result::bodyAsString);
    }

    @Test
    void theContextIsAwsContextBackedByOurs() throws Exception {
        // A deadline a minute away: the machine may be slow to start the runtime, and the time left must be positive.
        Invocation invocation = Invocation.of("{}").withRequestId("req-ctx").withDeadline(Instant.now().plusSeconds(60))
                .withHeader(RuntimeApiHeaders.TENANT_ID, "tenant-1")
                .withHeader(RuntimeApiHeaders.TRACE_ID, "Root=1-abc")
                .withHeader(RuntimeApiHeaders.COGNITO_IDENTITY,
                        "{\"cognitoIdentityId\":\"id-1\",\"cognitoIdentityPoolId\":\"pool-1\"}")
                .withHeader(RuntimeApiHeaders.CLIENT_CONTEXT, "{\"client\":{\"app_package_name\":\"com.shop\"},"
                        + "\"custom\":{\"b\":\"2\",\"a\":\"1\"},\"env\":{\"platform\":\"iOS\"}}");
        JsonNode facts = json(invokeOnce(A + "::context", invocation).body());
        assertEquals("req-ctx", facts.get("requestId").asText());
        assertEquals(Invocation.DEFAULT_FUNCTION_ARN, facts.get("arn").asText());
        assertEquals("test-function/$LATEST", facts.get("function").asText());
        assertEquals(512, facts.get("memory").asInt());
        assertEquals("/aws/lambda/test-function 2026/11/25/[$LATEST]abcdef", facts.get("logs").asText());
        assertTrue(facts.get("remaining").asBoolean());
        assertEquals("tenant-1", facts.get("tenant").asText());
        assertEquals("Root=1-abc", facts.get("trace").asText());
        assertEquals("id-1 pool-1", facts.get("identity").asText());
        // The maps keep the order sent, as AWS's runtime keeps it.
        assertEquals("com.shop {b=2, a=1} {platform=iOS}", facts.get("client").asText());
        assertTrue(facts.get("sameLogger").asBoolean(), "LambdaRuntime.getLogger() is the context's logger");

        JsonNode bare = json(invokeOnce(A + "::context", Invocation.of("{}")
                .withoutHeader(RuntimeApiHeaders.TRACE_ID)).body());
        // Absent: null (AWS's serialization then leaves the map's entries out).
        assertTrue(!bare.has("identity") && !bare.has("client") && !bare.has("tenant") && !bare.has("trace"),
                bare::toString);
    }

    @Test
    void aCustomPojoSerializerOfTheFunctionIsUsed() throws Exception {
        Path services = Files.createTempDirectory("custom-serializer");
        Path file = services.resolve("META-INF/services/com.amazonaws.services.lambda.runtime.CustomPojoSerializer");
        Files.createDirectories(file.getParent());
        Files.writeString(file, UpperCaseSerializer.class.getName() + "\n");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(A + "::pick")
                     .classpath(services).start()) {
            assertEquals("custom(java.lang.String):event and context",
                    emulator.invoke(Invocation.of("ignored by the serializer"), TIMEOUT).bodyAsString());
        }
    }

    @Test
    void buildTimeCheckAcceptsAwsShapesAndExplainsWhatIsWrong() {
        ClassLoader loader = getClass().getClassLoader();
        assertNull(HandlerCheck.problem(A + "$Greet", loader));
        assertNull(HandlerCheck.problem(A + "$Upper", loader));
        assertNull(HandlerCheck.problem(A + "::drain", loader));
        assertNull(HandlerCheck.problem(A + "::pick", loader));
        String unbound = HandlerCheck.problem(A + "$Unbound", loader);
        assertTrue(unbound.contains("does not implement RequestHandler with concrete type parameters"), unbound);
        String shape = HandlerCheck.problem(A + "::noAcceptedShape", loader);
        assertTrue(shape.contains("has no accepted parameter list: found noAcceptedShape(Context, String)"), shape);
    }
}
