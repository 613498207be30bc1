package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.events.ApiGatewayRequest;
import dev.lambdashim.runtime.fixtures.TypedEvents;
import dev.lambdashim.runtime.handler.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Handlers of records (lambda-events' and a user's) are served without databind, in the real process: its classes
 * are loaded only when an event or a result needs them, and every answer is the one databind gives.
 */
class TypedEventsTest {

    private static final String DATABIND = "com.fasterxml.jackson.databind.";
    private static final String PARSER_BASE = "Initializing 'com/fasterxml/jackson/core/base/ParserMinimalBase'";
    private static final ObjectMapper MAPPER = JsonCodec.get().mapper();

    private static String before(String classes, String pkg) {
        int at = classes.indexOf(pkg);
        return at < 0 ? "" : classes.substring(Math.max(0, at - 1500), Math.min(classes.length(), at + 300));
    }

    @Test
    void aLambdaEventsHandlerLoadsNoDatabind() throws Exception {
        String event = EventRoundTripTest.resource("rest-api.json");
        ApiGatewayRequest request = MAPPER.readValue(event, ApiGatewayRequest.class);
        String expected = MAPPER.writeValueAsString(new TypedEvents.Api().handle(request, null));
        Path log = Files.createTempFile("class-load", ".txt");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(TypedEvents.Api.class.getName())
                     .jvmArg("-Xlog:class+load=info,class+init=info:file=" + log).start()) {
            assertEquals(expected, emulator.invoke(Invocation.of(event), TIMEOUT).bodyAsString());
            String classes = Files.readString(log);
            assertTrue(classes.contains("dev.lambdashim.runtime.handler.TypedJsonInvoker "), classes);
            assertFalse(classes.contains(DATABIND), () -> "databind loaded for a record handler, first after: "
                    + before(classes, DATABIND));
            assertFalse(classes.contains(PARSER_BASE), () -> "a jackson parser loaded for a record handler, after: "
                    + before(classes, PARSER_BASE));
            // A malformed event is databind's to report, in its words, as before.
            InvocationResult malformed = emulator.invoke(Invocation.of("{\"path\": "), TIMEOUT);
            assertEquals("Runtime.MalformedEvent", malformed.header("Lambda-Runtime-Function-Error-Type").get());
            assertTrue(json(malformed.body()).get("errorMessage").asText().startsWith("the event is not valid JSON for"
                    + " the handler's parameter type dev.lambdashim.events.ApiGatewayRequest: Unexpected end-of-input"),
                    malformed::bodyAsString);
            assertTrue(Files.readString(log).contains(DATABIND + "ObjectMapper "), "databind read the malformed event");
            // And the records' own path again afterwards.
            assertEquals(expected, emulator.invoke(Invocation.of(event), TIMEOUT).bodyAsString());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aUsersRecordsGetDatabindsAnswersWithoutDatabind() throws Exception {
        Path log = Files.createTempFile("class-load", ".txt");
        String event = "[{\"sku\":\"tea\",\"quantity\":2,\"at\":\"2026-12-07T18:30:00.5Z\",\"extra\":[1]},"
                + "{\"sku\":\"cup\",\"quantity\":3}]";
        String expected = MAPPER.writeValueAsString(TypedEvents.receipt(MAPPER.readValue(event,
                MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, TypedEvents.Item.class))));
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(TypedEvents.class.getName() + "::receipt")
                     .jvmArg("-Xlog:class+load=info:file=" + log).start()) {
            assertEquals(expected, emulator.invoke(Invocation.of(event), TIMEOUT).bodyAsString());
            assertFalse(Files.readString(log).contains(DATABIND), "databind loaded for a user's records");
            // A string for an int: databind's coercion decides, as it did before TypedJson.
            String coerced = "[{\"sku\":\"tea\",\"quantity\":\"4\"}]";
            assertEquals("{\"items\":[{\"sku\":\"tea\",\"quantity\":4,\"at\":null}],\"counts\":{\"lines\":1},"
                    + "\"total\":4}", emulator.invoke(Invocation.of(coerced), TIMEOUT).bodyAsString());
            assertTrue(Files.readString(log).contains(DATABIND + "ObjectMapper "), "databind coerced the string");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aRecordWithJacksonAnnotationsIsBoundByDatabind() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler(TypedEvents.class.getName() + "::secretive").start()) {
            assertEquals("{\"name\":\"Ada!\"}", emulator.invoke(Invocation.of("{\"name\":\"Ada\",\"secret\":\"s\"}"),
                    TIMEOUT).bodyAsString());
        }
    }
}
