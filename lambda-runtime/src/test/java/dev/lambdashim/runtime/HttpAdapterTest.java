package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.HttpEvents.Door;
import dev.lambdashim.runtime.fixtures.HttpRoutes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plain JDK {@code HttpHandler} ({@link HttpRoutes}) behind each front door, through the real runtime process:
 * the request as the exchange shows it, and the response in the shape that front door expects.
 */
class HttpAdapterTest {

    private static final String HANDLER = HttpRoutes.class.getName();

    /** One runtime process per front door, several requests through it. */
    @ParameterizedTest
    @EnumSource(Door.class)
    void behindEachFrontDoor(Door door) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            theRequestReachesTheExchange(door, emulator);
            binaryBodiesGoBothWays(door, emulator);
            cookiesAndRepeatedHeadersComeBack(door, emulator);
            aMissingRouteIsA404(door, emulator);
            aThrownExceptionIsAFunctionError(door, emulator);
        }
    }

    private static JsonNode respond(RuntimeApiEmulator emulator, HttpEvents request) throws Exception {
        InvocationResult result = emulator.invoke(Invocation.of(request.json()), TIMEOUT);
        assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(), result::bodyAsString);
        return json(result.body());
    }

    /** The response's values of a header, whichever way the front door carries them. */
    private static List<String> header(Door door, JsonNode response, String name) {
        List<String> values = new ArrayList<>();
        JsonNode headers = response.get(door.multiValue() ? "multiValueHeaders" : "headers");
        headers.fields().forEachRemaining(field -> {
            if (field.getKey().equalsIgnoreCase(name)) {
                if (field.getValue().isArray()) {
                    field.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(field.getValue().asText());
                }
            }
        });
        return values;
    }

    private static void assertShape(Door door, JsonNode response, int status) {
        assertEquals(status, response.get("statusCode").asInt(), response::toString);
        assertEquals(door.multiValue(), response.has("multiValueHeaders"), response::toString);
        assertEquals(!door.multiValue(), response.has("headers"), response::toString);
        if (door.alb()) {
            assertTrue(response.get("statusDescription").asText().startsWith(status + " "), response::toString);
        } else {
            assertFalse(response.has("statusDescription"), response::toString);
        }
    }

    private static void theRequestReachesTheExchange(Door door, RuntimeApiEmulator emulator) throws Exception {
        JsonNode response = respond(emulator, HttpEvents.request(door, "POST", "/echo")
                .query("a", "1").query("a", "2").query("b", "é x")
                .header("X-Multi", "p").header("X-Multi", "q")
                .cookie("c1=v1").cookie("c2=v2")
                .text("héllo"));
        assertShape(door, response, 200);
        assertFalse(response.get("isBase64Encoded").asBoolean(), "application/json goes back as text");
        assertEquals(List.of("application/json"), header(door, response, "Content-Type"));
        JsonNode echo = json(response.get("body").asText());
        assertEquals("POST", echo.get("method").asText());
        assertEquals("/echo", echo.get("path").asText());
        // The ALB in single-value mode sends only the last value of a repeated key: that is what it knows.
        boolean allValues = door != Door.ALB;
        assertEquals(allValues ? "a=1&a=2&b=%C3%A9%20x" : "a=2&b=%C3%A9%20x", echo.get("rawQuery").asText());
        assertEquals(allValues ? "a=1&a=2&b=é x" : "a=2&b=é x", echo.get("query").asText());
        JsonNode headers = echo.get("headers");
        assertEquals(door.v2() ? "[\"p,q\"]" : allValues ? "[\"p\",\"q\"]" : "[\"q\"]",
                headers.get("x-multi").toString());
        assertEquals("[\"c1=v1; c2=v2\"]", headers.get("cookie").toString());
        assertEquals("68c3a96c6c6f", echo.get("bodyHex").asText());
        assertEquals("198.51.100.7", echo.get("remote").asText());
        assertTrue(echo.get("requestId").asText().length() > 8, echo::toString);
        assertEquals("Map", echo.get("eventType").asText());
        assertTrue(echo.get("protocol").asText().startsWith("HTTP/"), echo::toString);
    }

    private static void binaryBodiesGoBothWays(Door door, RuntimeApiEmulator emulator) throws Exception {
        JsonNode echoed = respond(emulator, HttpEvents.request(door, "PUT", "/echo")
                .binary(new byte[] {0, 1, 2, (byte) 0xff}));
        assertEquals("000102ff", json(echoed.get("body").asText()).get("bodyHex").asText());

        JsonNode response = respond(emulator, HttpEvents.request(door, "GET", "/binary"));
        assertShape(door, response, 200);
        assertTrue(response.get("isBase64Encoded").asBoolean(), "image/png goes back base64");
        byte[] expected = new byte[256];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) i;
        }
        assertArrayEquals(expected, Base64.getDecoder().decode(response.get("body").asText()));
    }

    private static void cookiesAndRepeatedHeadersComeBack(Door door, RuntimeApiEmulator emulator) throws Exception {
        JsonNode response = respond(emulator, HttpEvents.request(door, "GET", "/cookies"));
        assertShape(door, response, 201);
        assertEquals("cookies set", response.get("body").asText());
        List<String> cookies = List.of("session=abc; Secure; HttpOnly", "theme=dark");
        if (door.v2()) {
            assertEquals(cookies.toString(), response.get("cookies").toString().replace("\"", "")
                    .replace(",", ", "));
            assertEquals(List.of(), header(door, response, "Set-Cookie"), "cookies are not headers in v2");
            assertEquals(List.of("one, two"), header(door, response, "X-Multi"));
        } else if (door.multiValue()) {
            assertEquals(cookies, header(door, response, "Set-Cookie"));
            assertEquals(List.of("one", "two"), header(door, response, "X-Multi"));
            assertNull(response.get("cookies"));
        } else {
            assertEquals(List.of(String.join(", ", cookies)), header(door, response, "Set-Cookie"));
            assertEquals(List.of("one, two"), header(door, response, "X-Multi"));
        }
    }

    private static void aMissingRouteIsA404(Door door, RuntimeApiEmulator emulator) throws Exception {
        JsonNode response = respond(emulator, HttpEvents.request(door, "GET", "/nowhere"));
        assertShape(door, response, 404);
        assertEquals("no route for /nowhere", response.get("body").asText());
        if (door.alb()) {
            assertEquals("404 Not Found", response.get("statusDescription").asText());
        }
    }

    private static void aThrownExceptionIsAFunctionError(Door door, RuntimeApiEmulator emulator) throws Exception {
        InvocationResult result = emulator.invoke(Invocation.of(HttpEvents.request(door, "GET", "/fail").json()),
                TIMEOUT);
        assertEquals(InvocationResult.Outcome.ERROR, result.outcome(), result::bodyAsString);
        assertEquals("Function.IllegalStateException",
                result.header("Lambda-Runtime-Function-Error-Type").orElse(null));
        assertEquals("the handler failed on purpose", json(result.body()).get("errorMessage").asText());
    }
}
