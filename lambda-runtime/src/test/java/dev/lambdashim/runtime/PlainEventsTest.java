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
import dev.lambdashim.runtime.fixtures.Hello;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.fixtures.PlainMethods;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Handlers of plain JSON values (a map, a list, a string, any {@code Object}) are served without databind, in the
 * real process: databind is loaded only once a result or an event needs it, and then answers as it always did.
 */
class PlainEventsTest {

    private static final String DATABIND = "com.fasterxml.jackson.databind.";
    /** Initialised, not merely loaded (JsonFactory's verification loads it): its static initialiser is the cost. */
    private static final String PARSER_BASE = "Initializing 'com/fasterxml/jackson/core/base/ParserMinimalBase'";

    /** The classes loaded just before the first of a package: what pulled it in. */
    private static String before(String classes, String pkg) {
        int at = classes.indexOf(pkg);
        return at < 0 ? "" : classes.substring(Math.max(0, at - 1500), Math.min(classes.length(), at + 300));
    }

    @Test
    void helloWorldLoadsNoDatabind() throws Exception {
        Path log = Files.createTempFile("class-load", ".txt");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(Hello.class.getName())
                     .jvmArg("-Xlog:class+load=info,class+init=info:file=" + log).start()) {
            assertEquals("\"Hello, Ada!\"", emulator.invoke(Invocation.of("{\"name\":\"Ada\",\"n\":[1,2.5]}"),
                    TIMEOUT).bodyAsString());
            String classes = Files.readString(log);
            assertTrue(classes.contains("dev.lambdashim.runtime.handler.PlainJsonInvoker "), classes);
            assertTrue(classes.contains("com.fasterxml.jackson.core.JsonFactory "), classes);
            assertFalse(classes.contains(DATABIND), () -> "databind loaded for hello world, first after: "
                    + before(classes, DATABIND));
            // Nor a jackson-core parser: their base class's BigDecimal constants cost 17 ms (PlainJsonReader).
            assertFalse(classes.contains(PARSER_BASE), () -> "a jackson parser loaded for hello world, after: "
                    + before(classes, PARSER_BASE));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aResultThatIsNotPlainIsWrittenByDatabindWhenItComes() throws Exception {
        Path log = Files.createTempFile("class-load", ".txt");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(PlainMethods.class.getName() + "::typedAsObject")
                     .jvmArg("-Xlog:class+load=info,class+init=info:file=" + log).start()) {
            assertEquals("\"plain 1\"", emulator.invoke(Invocation.of("{\"n\":1}"), TIMEOUT).bodyAsString());
            assertFalse(Files.readString(log).contains(DATABIND), "databind loaded before a result needed it");
            assertEquals("{\"item\":\"tea\",\"quantity\":2}",
                    emulator.invoke(Invocation.of("{\"item\":\"tea\"}"), TIMEOUT).bodyAsString());
            assertTrue(Files.readString(log).contains(DATABIND + "ObjectMapper "), "the record was written by databind");
            // And plain again afterwards.
            assertEquals("\"plain 0\"", emulator.invoke(Invocation.of("{}"), TIMEOUT).bodyAsString());
            assertFalse(Files.readString(log).contains(PARSER_BASE), "a jackson parser loaded for plain events");
            // A malformed event is databind's to report, with jackson's parser: the check above can see it.
            assertEquals(InvocationResult.Outcome.ERROR, emulator.invoke(Invocation.of("{\"item\":"), TIMEOUT).outcome());
            assertTrue(Files.readString(log).contains(PARSER_BASE), "databind read the malformed event");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void eventsPlainJsonCannotDecideGetDatabindsAnswer() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(Methods.class.getName() + "::map").start()) {
            assertEquals("{\"a\":[1,{\"b\":null}],\"a2\":1.5,\"seen\":true}",
                    emulator.invoke(Invocation.of("{\"a\":[1,{\"b\":null}],\"a2\":1.5}"), TIMEOUT).bodyAsString());
            InvocationResult malformed = emulator.invoke(Invocation.of("{\"name\": "), TIMEOUT);
            assertEquals("Runtime.MalformedEvent", malformed.header("Lambda-Runtime-Function-Error-Type").get());
            JsonNode error = json(malformed.body());
            assertTrue(error.get("errorMessage").asText().startsWith("the event is not valid JSON for the handler's"
                    + " parameter type java.util.Map<java.lang.String,java.lang.Object>: Unexpected end-of-input"),
                    error.toString());
            InvocationResult array = emulator.invoke(Invocation.of("[1]"), TIMEOUT);
            assertEquals("Runtime.MalformedEvent", array.header("Lambda-Runtime-Function-Error-Type").get(),
                    array::bodyAsString);
            InvocationResult trailing = emulator.invoke(Invocation.of("{} {}"), TIMEOUT);
            assertTrue(json(trailing.body()).get("errorMessage").asText().contains("Trailing token"),
                    trailing::bodyAsString);
        }
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(Methods.class.getName() + "::string").start()) {
            assertEquals("\"caf\u00e9 \uD83D\uDE00 \u00e9\"",
                    emulator.invoke(Invocation.of("\"caf\u00e9\""), TIMEOUT).bodyAsString());
            // A number for a String parameter: databind's coercion, as before.
            assertEquals("\"41 \uD83D\uDE00 \u00e9\"", emulator.invoke(Invocation.of("41"), TIMEOUT).bodyAsString());
        }
    }
}
