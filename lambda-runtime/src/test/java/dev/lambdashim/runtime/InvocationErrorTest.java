package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Failures;
import dev.lambdashim.runtime.fixtures.Greeter;
import dev.lambdashim.runtime.fixtures.Methods;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A failed invocation is posted to {@code /invocation/{id}/error} with Lambda's error shape and header, and the
 * process goes on to the next event; only a {@code VirtualMachineError} ends it.
 */
class InvocationErrorTest {

    private static final String F = Failures.class.getName() + "::";
    private static final Pattern HEADER_TYPE = Pattern.compile("(Runtime|Function)\\.[A-Z][a-zA-Z]+");

    /**
     * Sends a failing event, then a good one to the same process: the error is returned for checks, and the process
     * must have answered the second event (it went on) unless {@code fatal}, in which case it must have exited 1.
     */
    private static InvocationResult failThenContinue(String handler, String event, boolean fatal, String... jvmArgs)
            throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            RuntimeProcess.Builder builder = RuntimeProcess.builder().emulator(emulator).handler(handler);
            for (String arg : jvmArgs) {
                builder.jvmArg(arg);
            }
            try (RuntimeProcess runtime = builder.start()) {
                InvocationResult failed = emulator.invoke(Invocation.of(event), TIMEOUT);
                assertEquals(InvocationResult.Outcome.ERROR, failed.outcome(), failed::bodyAsString);
                assertEquals("application/vnd.aws.lambda.error+json", failed.header("Content-Type").orElse(null));
                String type = failed.header("Lambda-Runtime-Function-Error-Type").orElse("");
                assertTrue(HEADER_TYPE.matcher(type).matches(), "error type header: " + type);
                String message = json(failed.body()).get("errorMessage").asText();
                runtime.awaitOutput("Invoke Error {\"errorMessage\":" + RuntimeTestSupport.JSON.writeValueAsString(message));
                if (fatal) {
                    assertEquals(1, runtime.awaitExit(TIMEOUT), runtime::output);
                } else {
                    assertTrue(runtime.isAlive(), runtime::output);
                    assertEquals(InvocationResult.Outcome.ERROR, emulator.invoke(Invocation.of(event), TIMEOUT)
                            .outcome(), "the process serves the next event");
                }
                return failed;
            }
        }
    }

    @Test
    void checkedExceptionWithCause() throws Exception {
        InvocationResult result = failThenContinue(F + "checked", "{}", false);
        assertEquals("Function.IOException", result.header("Lambda-Runtime-Function-Error-Type").orElse(null));
        JsonNode error = json(result.body());
        assertEquals("disk full", error.get("errorMessage").asText());
        assertEquals("java.io.IOException", error.get("errorType").asText());
        assertTrue(error.get("stackTrace").get(0).asText().startsWith(Failures.class.getName() + ".checked(Failures.java:"),
                error.toString());
        JsonNode cause = error.get("cause");
        assertEquals("root cause", cause.get("errorMessage").asText());
        assertEquals("java.lang.IllegalStateException", cause.get("errorType").asText());
        assertFalse(cause.has("cause"));
        // Nothing but the documented fields.
        assertEquals(4, error.size(), error.toString());
    }

    @Test
    void nullMessageGivesClassName() throws Exception {
        JsonNode error = json(failThenContinue(F + "noMessage", "{}", false).body());
        assertEquals("java.lang.IllegalArgumentException", error.get("errorMessage").asText());
        assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
    }

    @Test
    void cyclicCausesAreCut() throws Exception {
        JsonNode error = json(failThenContinue(F + "cyclic", "{}", false).body());
        assertEquals("a", error.get("errorMessage").asText());
        assertEquals("b", error.get("cause").get("errorMessage").asText());
        assertFalse(error.get("cause").has("cause"), error.toString());
    }

    @Test
    void failedCompletionStageReportsItsCause() throws Exception {
        InvocationResult result = failThenContinue(F + "failsLater", "{}", false);
        assertEquals("Function.IllegalStateException", result.header("Lambda-Runtime-Function-Error-Type").get());
        assertEquals("async failure", json(result.body()).get("errorMessage").asText());
    }

    @Test
    void nestedExceptionClassNameFitsHeaderPattern() throws Exception {
        InvocationResult result = failThenContinue(F + "nested", "{}", false);
        assertEquals("Function.HttpException", result.header("Lambda-Runtime-Function-Error-Type").get());
        assertEquals(Failures.Http404Exception.class.getName(), json(result.body()).get("errorType").asText());
    }

    @Test
    void malformedEventJson() throws Exception {
        InvocationResult result = failThenContinue(Greeter.class.getName(), "{\"name\": ", false);
        assertEquals("Runtime.MalformedEvent", result.header("Lambda-Runtime-Function-Error-Type").get());
        JsonNode error = json(result.body());
        assertEquals("Runtime.MalformedEvent", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().startsWith("the event is not valid JSON for the handler's"
                + " parameter type " + Greeter.Person.class.getName() + ": Unexpected end-of-input"), error.toString());
    }

    @Test
    void eventOfTheWrongTypeAndTrailingGarbage() throws Exception {
        assertEquals("Runtime.MalformedEvent", failThenContinue(Methods.class.getName() + "::increment",
                "\"forty-one\"", false).header("Lambda-Runtime-Function-Error-Type").get());
        assertEquals("Runtime.MalformedEvent", failThenContinue(Methods.class.getName() + "::increment",
                "41 42", false).header("Lambda-Runtime-Function-Error-Type").get());
    }

    @Test
    void unserializableResult() throws Exception {
        InvocationResult result = failThenContinue(F + "unwritable", "{}", false);
        assertEquals("Runtime.UnserializableResult", result.header("Lambda-Runtime-Function-Error-Type").get());
        JsonNode error = json(result.body());
        assertTrue(error.get("errorMessage").asText().startsWith("the handler's result of type "
                + Failures.Unwritable.class.getName() + " cannot be written as JSON"), error.toString());
    }

    @Test
    void outOfMemoryIsReportedThenTheProcessExits() throws Exception {
        InvocationResult result = failThenContinue(F + "outOfMemory", "{}", true, "-Xmx48m");
        assertEquals("Function.OutOfMemoryError", result.header("Lambda-Runtime-Function-Error-Type").get());
        assertEquals("java.lang.OutOfMemoryError", json(result.body()).get("errorType").asText());
    }

    @Test
    void stackOverflowIsReportedThenTheProcessExits() throws Exception {
        InvocationResult result = failThenContinue(F + "overflow", "0", true);
        assertEquals("Function.StackOverflowError", result.header("Lambda-Runtime-Function-Error-Type").get());
        JsonNode error = json(result.body());
        assertEquals("java.lang.StackOverflowError", error.get("errorType").asText());
        assertTrue(error.get("stackTrace").size() > 100, "the deep stack is kept");
    }
}
