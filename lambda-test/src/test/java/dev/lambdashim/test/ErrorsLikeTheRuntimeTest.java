package dev.lambdashim.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PostedError;
import dev.lambdashim.test.fixtures.BrokenInit;
import dev.lambdashim.test.fixtures.Failures;
import dev.lambdashim.test.fixtures.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An invocation that fails in-process gives exactly the error the runtime process posts for the same handler and
 * event: same body (type, message, stack, causes), byte for byte.
 */
class ErrorsLikeTheRuntimeTest {

    private static final String F = Failures.class.getName() + "::";

    /** The error body the runtime process posts, and the one LambdaFunction reports. */
    private static void assertSameError(String handler, String event, String expectedType) throws Exception {
        String posted;
        try (RuntimeChild runtime = RuntimeChild.start(handler, Map.of())) {
            InvocationResult result = runtime.invoke(event);
            assertEquals(InvocationResult.Outcome.ERROR, result.outcome(), result::bodyAsString);
            posted = result.bodyAsString();
        }
        Invocation invocation = LambdaFunction.of(handler).invoke(event);
        assertTrue(invocation.isError());
        assertEquals(posted, invocation.errorJson());
        assertEquals(expectedType, invocation.errorType());
    }

    @Test
    void aCheckedExceptionWithItsCause() throws Exception {
        assertSameError(F + "charge", "{\"customer\":\"Ada\"}", Failures.DeclinedException.class.getName());
        Invocation failed = LambdaFunction.of(F + "charge").invoke("{\"customer\":\"Ada\"}");
        assertEquals("payment for Ada declined", failed.errorMessage());
        assertTrue(failed.errorStackTrace().get(0).startsWith(Failures.class.getName() + ".charge(Failures.java:"),
                failed.errorStackTrace().toString());
        assertTrue(failed.errorJson().contains("\"cause\":{\"errorMessage\":\"bank unreachable\""),
                failed.errorJson());
    }

    @Test
    void anExceptionWithoutMessage() throws Exception {
        assertSameError(F + "nothing", "{}", "java.lang.IllegalStateException");
    }

    @Test
    void anEventThatDoesNotFitTheHandlersType() throws Exception {
        assertSameError(F + "total", "{\"customer\": 12, \"lines\": 3}", "Runtime.MalformedEvent");
    }

    @Test
    void malformedJson() throws Exception {
        assertSameError(F + "total", "{\"customer\": ", "Runtime.MalformedEvent");
    }

    @Test
    void aStreamThatFailsAfterItsFirstBytes() throws Exception {
        String posted;
        byte[] streamed;
        try (RuntimeChild runtime = RuntimeChild.start(Page.class.getName(), Map.of())) {
            InvocationResult result = runtime.invoke("\"fail\"");
            assertEquals(InvocationResult.Outcome.ERROR, result.outcome(), result::bodyAsString);
            posted = result.bodyAsString();
            streamed = result.httpBody();
        }
        Invocation invocation = LambdaFunction.of(Page.class.getName()).invoke("\"fail\"");
        assertEquals(posted, invocation.errorJson());
        assertEquals("part 3 failed", invocation.errorMessage());
        assertEquals(new String(streamed, StandardCharsets.UTF_8), String.join("", invocation.chunkTexts()));
        assertEquals(List.of("part 1;", "part 2;"), invocation.chunkTexts());
    }

    @Test
    void aHandlerThatDoesNotExistFailsAtInit() throws Exception {
        String handler = Failures.class.getName() + "::missing";
        PostedError posted;
        try (RuntimeChild runtime = RuntimeChild.start(handler, Map.of())) {
            posted = runtime.initError();
        }
        LambdaInitException init = assertThrows(LambdaInitException.class, () -> LambdaFunction.of(handler));
        assertEquals(posted.bodyAsString(), init.errorJson());
        assertEquals("Runtime.HandlerNotFound", init.errorType());
        assertTrue(init.logs().get(0).text().contains("Init Error Runtime.HandlerNotFound: handler method "
                + handler + " does not exist"), init.logs().toString());
    }

    @Test
    void aStaticInitializerThatThrowsFailsAtInit() throws Exception {
        String handler = BrokenInit.class.getName();
        PostedError posted;
        try (RuntimeChild runtime = RuntimeChild.start(handler, Map.of())) {
            posted = runtime.initError();
        }
        LambdaInitException init = assertThrows(LambdaInitException.class, () -> LambdaFunction.of(handler));
        assertEquals(posted.bodyAsString(), init.errorJson());
        assertEquals("Runtime.HandlerInitError", init.errorType());
        assertEquals("starting up", init.logs().get(0).text());
    }
}
