package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.runtime.error.XRayErrorCause;
import dev.lambdashim.runtime.fixtures.Failures;
import dev.lambdashim.runtime.fixtures.Greeter;
import org.junit.jupiter.api.Test;

/** The X-Ray error cause header of error posts, and user stack traces without the runtime's frames. */
class ErrorReportingTest {

    private static final String F = Failures.class.getName() + "::";

    @Test
    void functionErrorCarriesTheXRayCause() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(F + "checked", Invocation.of("{}"));
        String header = result.header(XRayErrorCause.HEADER).orElseThrow(() -> new AssertionError(result.headers()));
        JsonNode cause = json(header);
        assertEquals(System.getProperty("user.dir"), cause.get("working_directory").asText());
        JsonNode exception = cause.get("exceptions").get(0);
        assertEquals(1, cause.get("exceptions").size());
        assertEquals("disk full", exception.get("message").asText());
        assertEquals("java.io.IOException", exception.get("type").asText());
        JsonNode top = exception.get("stack").get(0);
        assertEquals("checked", top.get("label").asText());
        assertEquals("Failures.java", top.get("path").asText());
        assertTrue(top.get("line").asInt() > 0, top::toString);
        assertEquals("Failures.java", cause.get("paths").get(0).asText());
        for (JsonNode frame : exception.get("stack")) {
            assertFalse(frame.get("path").asText().equals("InvokeLoop.java"), "runtime frames are stripped: " + cause);
        }
    }

    @Test
    void runtimeErrorCarriesItsTypeAndTooLargeCauseIsLeftOut() throws Exception {
        InvocationResult malformed = RuntimeTestSupport.invokeOnce(Greeter.class.getName(), Invocation.of("{\"name\""));
        JsonNode cause = json(malformed.header(XRayErrorCause.HEADER).orElseThrow());
        assertEquals("Runtime.MalformedEvent", cause.get("exceptions").get(0).get("type").asText());

        InvocationResult huge = RuntimeTestSupport.invokeOnce(F + "huge", Invocation.of("{}"));
        assertEquals(InvocationResult.Outcome.ERROR, huge.outcome());
        assertEquals("Function.IllegalStateException", huge.header("Lambda-Runtime-Function-Error-Type").get());
        assertTrue(huge.header(XRayErrorCause.HEADER).isEmpty(), "a cause over 1 MiB is not sent");
    }

    @Test
    void userStackTraceEndsAtTheHandler() throws Exception {
        JsonNode error = json(RuntimeTestSupport.invokeOnce(F + "checked", Invocation.of("{}")).body());
        JsonNode stack = error.get("stackTrace");
        assertEquals(1, stack.size(), stack::toString);
        assertTrue(stack.get(0).asText().startsWith(Failures.class.getName() + ".checked(Failures.java:"));
    }

}
