package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Hello;
import dev.lambdashim.runtime.fixtures.PlainMethods;
import dev.lambdashim.runtime.fixtures.Scalars;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime as a zip without databind runs it (the plugin leaves databind, its annotations and modules out for a
 * handler that never needs them): a real process whose classpath lacks those jars answers every event as one with
 * them does, malformed and odd ones included, and a handler that does need databind gets an error naming the fix.
 */
class WithoutDatabindTest {

    /** Events of every kind the Object path meets: plain, and each kind the strict reader leaves undecided. */
    private static final List<String> EVENTS = List.of("{\"name\":\"Ada\",\"n\":[1,2.5,true,null]}", "\"text\"",
            "12345678901234567890", "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":", "", "{} x", "[1] [2]", "nul",
            "[\"\\x\"]", "[".repeat(700) + "]".repeat(700), "[".repeat(1001) + "]".repeat(1001), "{\"ok\":true}");

    private static RuntimeProcess.Builder runtime(RuntimeApiEmulator emulator, String handler, boolean databind) {
        RuntimeProcess.Builder builder = RuntimeProcess.builder().emulator(emulator).handler(handler);
        if (!databind) {
            builder.withoutClasspath("jackson-databind").withoutClasspath("jackson-annotations")
                    .withoutClasspath("jackson-datatype");
        }
        return builder;
    }

    /** Each event's answer: the status, the error type header and the body, as the emulator received them. */
    private static List<String> answers(String handler, boolean databind) throws Exception {
        List<String> answers = new ArrayList<>();
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess process = runtime(emulator, handler, databind).start()) {
            for (String event : EVENTS) {
                InvocationResult result;
                try {
                    result = emulator.invoke(Invocation.of(event.getBytes(StandardCharsets.UTF_8)), TIMEOUT);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("no answer to " + event + ":\n" + process.output(), e);
                }
                answers.add(result.outcome() + " " + result.header("Lambda-Runtime-Function-Error-Type").orElse("-")
                        + " " + result.bodyAsString());
            }
        }
        return answers;
    }

    @Test
    void anObjectHandlerAnswersAsWithDatabind() throws Exception {
        List<String> with = answers(Scalars.Describe.class.getName(), true);
        assertEquals(with, answers(Scalars.Describe.class.getName(), false));
        // The comparison covers values and errors both.
        assertTrue(with.get(0).contains("{name=String:Ada;n=[Integer:1;Double:2.5;Boolean:true;null;];}"), with::toString);
        assertTrue(with.get(4).contains("Runtime.MalformedEvent"), with::toString);
        assertTrue(with.get(11).contains("Runtime.MalformedEvent"), with::toString);
    }

    @Test
    void mapAndListHandlersAnswerAsWithDatabind() throws Exception {
        // A Map handler given a string, a number or an array: databind's words, without databind.
        List<String> map = answers(Hello.class.getName(), true);
        assertEquals(map, answers(Hello.class.getName(), false));
        assertTrue(map.get(1).contains("Runtime.MalformedEvent") && map.get(1).contains("Cannot construct instance"
                + " of `java.util.LinkedHashMap`"), map::toString);
        String list = Scalars.class.getName() + "::describeList";
        List<String> lists = answers(list, true);
        assertEquals(lists, answers(list, false));
        assertTrue(lists.get(0).contains("Cannot deserialize value of type `java.util.ArrayList<java.lang.Object>`"
                + " from Object value"), lists::toString);
    }

    @Test
    void aHandlerThatNeedsDatabindSaysWhatToDo() throws Exception {
        // A result declared as Object may be a record: this handler's zip keeps databind. Run without it (as when
        // Lambda's Handler setting names it in another handler's zip), a record result names the fix.
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess process = runtime(emulator, PlainMethods.class.getName() + "::typedAsObject", false)
                     .start()) {
            InvocationResult record = emulator.invoke(Invocation.of("{\"item\":\"tea\"}"), TIMEOUT);
            assertEquals("Runtime.DatabindMissing", record.header("Lambda-Runtime-Function-Error-Type").orElse(null),
                    record::bodyAsString);
            String message = json(record.body()).get("errorMessage").asText();
            assertTrue(message.contains("needs Jackson databind") && message.contains("<handler>")
                    && message.contains("com.fasterxml.jackson.core:jackson-databind"), message);
            // The process lives on and serves the events it can.
            assertEquals("\"plain 1\"", emulator.invoke(Invocation.of("{\"a\":1}"), TIMEOUT).bodyAsString());
        }
    }
}
