package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.runtime.fixtures.BrokenHandlers;
import dev.lambdashim.runtime.fixtures.Greeter;
import dev.lambdashim.runtime.fixtures.HttpRoutes;
import dev.lambdashim.runtime.fixtures.Methods;
import org.junit.jupiter.api.Test;

/** The build-time check applies the start-up rules without running the function's code. */
class HandlerCheckTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void acceptsWhatTheRuntimeAccepts() {
        assertNull(HandlerCheck.problem(Greeter.class.getName(), loader));
        assertNull(HandlerCheck.problem(Methods.class.getName() + "::eventAndContext", loader));
        assertNull(HandlerCheck.problem(Methods.class.getName() + "::pick", loader));
        assertNull(HandlerCheck.problem(HttpRoutes.class.getName(), loader));
    }

    @Test
    void anHttpHandlerThatIsAlsoAHandlerIsAmbiguous() {
        String problem = HandlerCheck.problem(BrokenHandlers.HttpAndEvents.class.getName(), loader);
        assertTrue(problem.contains("implements dev.lambdashim.core.Handler, com.sun.net.httpserver.HttpHandler"),
                problem);
    }

    @Test
    void doesNotRunStaticInitializersOrConstructors() {
        // Both would throw if run; as far as a build can tell, they are valid handlers.
        assertNull(HandlerCheck.problem(BrokenHandlers.StaticInitFails.class.getName(), loader));
        assertNull(HandlerCheck.problem(BrokenHandlers.ConstructorFails.class.getName(), loader));
    }

    @Test
    void rejectsWithTheRuntimesMessages() {
        assertTrue(HandlerCheck.problem("com.example.Missing", loader).startsWith(
                "handler class com.example.Missing was not found on the classpath"));
        assertTrue(HandlerCheck.problem(Methods.class.getName() + "::wrongShape", loader).contains(
                "has no accepted parameter list: found wrongShape(String, String, String)"));
        assertTrue(HandlerCheck.problem(Methods.class.getName() + "::ambiguous", loader).contains("is ambiguous"));
        assertTrue(HandlerCheck.problem(BrokenHandlers.NoDefaultConstructor.class.getName(), loader)
                .contains("has no public no-argument constructor"));
        assertTrue(HandlerCheck.problem("::handle", loader).startsWith("handler '::handle' does not name a class"));
    }
}
