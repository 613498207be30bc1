package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.PostedError;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.BrokenHandlers;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.handler.MethodShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A handler that cannot be set up is reported once through {@code /runtime/init/error}, and the runtime exits
 * non-zero without ever polling {@code /next}.
 */
class InitErrorTest {

    private static final String ACCEPTED = MethodShape.ACCEPTED;

    /** Runs the runtime with this handler and returns the init error it posted, after checking how it exited. */
    private static JsonNode initError(String handler, String expectedHeaderType) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            // An event is waiting: a runtime that polled despite the failure would take it.
            PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
            try (RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).env("_HANDLER", handler).start()) {
                assertEquals(1, runtime.awaitExit(TIMEOUT), runtime::output);
                PostedError error = emulator.awaitInitError(TIMEOUT);
                assertEquals(0, emulator.nextRequestCount(), "the runtime polled /next after an init failure");
                assertEquals(expectedHeaderType, error.errorType().orElse(null));
                assertEquals("application/vnd.aws.lambda.error+json", error.contentType().orElse(null));
                JsonNode body = json(error.body());
                assertEquals(expectedHeaderType, body.get("errorType").asText());
                assertTrue(body.get("stackTrace").isArray(), body::toString);
                assertTrue(runtime.output().contains(body.get("errorMessage").asText()),
                        "the init error is also in the function's log:\n" + runtime.output());
                // The queued invocation fails with the init error, as Lambda would report it to the caller.
                assertEquals(InvocationResult.Outcome.INIT_ERROR, pending.await(TIMEOUT).outcome());
                return body;
            }
        }
    }

    @Test
    void classNotFound() throws Exception {
        JsonNode error = initError("com.example.Missing", "Runtime.HandlerNotFound");
        assertEquals("handler class com.example.Missing was not found on the classpath: check the spelling of the"
                + " function's Handler (_HANDLER) or the plugin's <handler>, and that the class is packaged in the zip",
                error.get("errorMessage").asText());
        assertEquals(0, error.get("stackTrace").size());
    }

    @Test
    void methodNotFoundListsPublicMethods() throws Exception {
        String message = initError(Methods.class.getName() + "::missing", "Runtime.HandlerNotFound")
                .get("errorMessage").asText();
        assertTrue(message.startsWith("handler method " + Methods.class.getName() + "::missing does not exist;"
                + " public methods of " + Methods.class.getName() + ": "), message);
        assertTrue(message.contains("eventAndContext(Order, Context)"), message);
        assertTrue(message.endsWith("Accepted shapes: " + ACCEPTED), message);
    }

    @Test
    void methodNotPublic() throws Exception {
        String message = initError(Methods.class.getName() + "::hidden", "Runtime.HandlerNotFound")
                .get("errorMessage").asText();
        assertTrue(message.startsWith("handler method " + Methods.class.getName()
                + "::hidden is not public: make it public;"), message);
    }

    @Test
    void methodOfUnacceptedShape() throws Exception {
        assertEquals("handler method " + Methods.class.getName() + "::wrongShape has no accepted parameter list:"
                + " found wrongShape(String, String, String); accepted shapes: " + ACCEPTED,
                initError(Methods.class.getName() + "::wrongShape", "Runtime.InvalidHandlerSignature")
                        .get("errorMessage").asText());
    }

    @Test
    void ambiguousOverloads() throws Exception {
        String message = initError(Methods.class.getName() + "::ambiguous", "Runtime.InvalidHandlerSignature")
                .get("errorMessage").asText();
        assertTrue(message.contains("is ambiguous: ambiguous(") && message.contains("both have the shape (T)"),
                message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "::handle", "com.example.Hello::", "com..Hello", "com.example.Hello::a::b",
            "com.example.Hello handle", "1com.Hello"})
    void malformedHandlerNames(String handler) throws Exception {
        String message = initError(handler, "Runtime.MalformedHandlerName").get("errorMessage").asText();
        assertTrue(message.startsWith("handler '" + handler + "' does not name a "), message);
        assertTrue(message.contains("pkg.Class::method"), message);
    }

    @Test
    void noHandlerConfigured() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).env("_HANDLER", null).start()) {
            assertEquals(1, runtime.awaitExit(TIMEOUT), runtime::output);
            PostedError error = emulator.awaitInitError(TIMEOUT);
            assertEquals("Runtime.MalformedHandlerName", error.errorType().orElse(null));
            assertTrue(json(error.body()).get("errorMessage").asText().startsWith("no handler is configured"));
        }
    }

    @Test
    void staticInitializerThrows() throws Exception {
        JsonNode error = initError(BrokenHandlers.StaticInitFails.class.getName(), "Runtime.HandlerInitError");
        assertEquals("the static initializer of " + BrokenHandlers.StaticInitFails.class.getName()
                + " threw java.lang.IllegalStateException: static boom", error.get("errorMessage").asText());
        assertEquals("java.lang.IllegalStateException", error.get("cause").get("errorType").asText());
        assertTrue(error.get("cause").get("stackTrace").get(0).asText().contains("StaticInitFails.fail"));
    }

    @Test
    void constructorThrows() throws Exception {
        JsonNode error = initError(BrokenHandlers.ConstructorFails.class.getName(), "Runtime.HandlerInitError");
        assertEquals("the constructor of handler class " + BrokenHandlers.ConstructorFails.class.getName()
                + " threw java.lang.IllegalStateException: constructor boom", error.get("errorMessage").asText());
        assertEquals("constructor boom", error.get("cause").get("errorMessage").asText());
    }

    @Test
    void classThatIsNotAHandler() throws Exception {
        String message = initError(BrokenHandlers.NotAHandler.class.getName(), "Runtime.InvalidHandlerSignature")
                .get("errorMessage").asText();
        assertEquals("handler class " + BrokenHandlers.NotAHandler.class.getName() + " implements none"
                + " of dev.lambdashim.core.Handler, dev.lambdashim.core.StreamHandler,"
                + " dev.lambdashim.core.StreamingHandler, com.sun.net.httpserver.HttpHandler,"
                + " com.amazonaws.services.lambda.runtime.RequestHandler,"
                + " com.amazonaws.services.lambda.runtime.RequestStreamHandler: implement exactly one,"
                + " or name a method as " + BrokenHandlers.NotAHandler.class.getName()
                + "::method with one of the shapes " + ACCEPTED, message);
    }

    @Test
    void classImplementingBoth() throws Exception {
        assertTrue(initError(BrokenHandlers.Both.class.getName(), "Runtime.InvalidHandlerSignature")
                .get("errorMessage").asText().contains("implements dev.lambdashim.core.Handler, dev.lambdashim.core.StreamHandler:"));
    }

    @Test
    void classWithoutNoArgConstructor() throws Exception {
        assertEquals("handler class " + BrokenHandlers.NoDefaultConstructor.class.getName()
                + " has no public no-argument constructor: add one, or make the handler method static",
                initError(BrokenHandlers.NoDefaultConstructor.class.getName(), "Runtime.InvalidHandlerSignature")
                        .get("errorMessage").asText());
    }
}
