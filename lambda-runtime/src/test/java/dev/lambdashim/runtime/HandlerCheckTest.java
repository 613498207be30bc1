package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.runtime.fixtures.AwsStyle;
import dev.lambdashim.runtime.fixtures.BrokenHandlers;
import dev.lambdashim.runtime.fixtures.Greeter;
import dev.lambdashim.runtime.fixtures.Hello;
import dev.lambdashim.runtime.fixtures.HttpRoutes;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.fixtures.Scalars;
import dev.lambdashim.runtime.fixtures.Streams;
import dev.lambdashim.runtime.fixtures.TypedEvents;
import java.util.List;
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

    /** The plugin leaves databind out of a zip exactly when this says the handler never needs it. */
    @Test
    void tellsWhichHandlersNeverNeedDatabind() {
        String scalars = Scalars.class.getName();
        for (String handler : List.of(Scalars.Describe.class.getName(), scalars + "::count", scalars + "::noEvent",
                scalars + "::consume", Hello.class.getName(), HttpRoutes.class.getName(), Streams.class.getName())) {
            assertFalse(HandlerCheck.needsDatabind(handler, loader), handler);
        }
        for (String handler : List.of(scalars + "::echo", scalars + "::rawMap", Greeter.class.getName(),
                TypedEvents.Api.class.getName(), AwsStyle.Greet.class.getName(), "com.example.Missing")) {
            assertTrue(HandlerCheck.needsDatabind(handler, loader), handler);
        }
    }

    @Test
    void aMapperOfTheFunctionsOwnKeepsDatabind() {
        ClassLoader withMapper = new ClassLoader(loader) {
            @Override
            public java.net.URL getResource(String name) {
                return name.equals("META-INF/services/com.fasterxml.jackson.databind.ObjectMapper")
                        ? loader.getResource("dev/lambdashim/runtime/HandlerCheck.class") : super.getResource(name);
            }
        };
        assertFalse(HandlerCheck.needsDatabind(Scalars.Describe.class.getName(), loader));
        assertTrue(HandlerCheck.needsDatabind(Scalars.Describe.class.getName(), withMapper));
    }
}
