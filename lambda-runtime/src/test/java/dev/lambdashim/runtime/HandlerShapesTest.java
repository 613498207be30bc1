package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static dev.lambdashim.runtime.RuntimeTestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.custommapper.SnakeCaseMapper;
import dev.lambdashim.runtime.fixtures.Echo;
import dev.lambdashim.runtime.fixtures.Greeter;
import dev.lambdashim.runtime.fixtures.Methods;
import dev.lambdashim.runtime.fixtures.OrderTotals;
import dev.lambdashim.runtime.fixtures.TypedOrders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every handler form and event type, through the real runtime process and a real Runtime API server. */
class HandlerShapesTest {

    private static final String M = Methods.class.getName() + "::";

    @Test
    void handlerClassWithRecords() throws Exception {
        String body = respond(Greeter.class.getName(), "{\"name\":\"World\",\"extra\":1}");
        assertEquals("Hello, World!", json(body).get("message").asText());
    }

    @Test
    void genericEventTypeKeepsElementType() throws Exception {
        String body = respond(OrderTotals.class.getName(),
                "[{\"item\":\"tea\",\"quantity\":2},{\"item\":\"cake\",\"quantity\":3}]");
        assertEquals(json("{\"orders\":2,\"quantity\":5}"), json(body));
    }

    @Test
    void eventTypeResolvedThroughSuperclass() throws Exception {
        assertEquals("\"4 x tea\"", respond(TypedOrders.class.getName(), "{\"item\":\"tea\",\"quantity\":4}"));
    }

    @Test
    void streamHandlerGetsRawBytes() throws Exception {
        String raw = "not json at all \u0000\u00ff";
        assertEquals(raw, respond(Echo.class.getName(), raw));
    }

    @Test
    void staticMethodWithoutParameters() throws Exception {
        assertEquals("\"none\"", respond(M + "none", "{}"));
    }

    @Test
    void staticMethodWithContextOnly() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(M + "contextOnly", Invocation.of("{}"));
        assertEquals("\"context " + result.requestId() + "\"", result.bodyAsString());
    }

    @Test
    void staticMethodWithEvent() throws Exception {
        assertEquals("\"event tea\"", respond(M + "event", "{\"item\":\"tea\",\"quantity\":1}"));
    }

    @Test
    void instanceMethodWithEventAndContext() throws Exception {
        assertEquals("\"instance tea test-function\"",
                respond(M + "eventAndContext", "{\"item\":\"tea\",\"quantity\":1}"));
    }

    @Test
    void staticStreamMethod() throws Exception {
        assertEquals("{\"A\":\"B\"}", respond(M + "upperStream", "{\"a\":\"b\"}"));
    }

    @Test
    void instanceStreamMethodWithContext() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(M + "streamWithContext", Invocation.of("{}"));
        assertEquals("[" + result.requestId() + "]{}", result.bodyAsString());
    }

    @Test
    void voidMethodAnswersNull() throws Exception {
        assertEquals("null", respond(M + "nothing", "{\"x\":1}"));
    }

    @Test
    void completionStageIsAwaited() throws Exception {
        assertEquals(json("{\"item\":\"tea\",\"quantity\":6}"),
                json(respond(M + "later", "{\"item\":\"tea\",\"quantity\":3}")));
    }

    @Test
    void primitiveParameterAndResult() throws Exception {
        assertEquals("42", respond(M + "increment", "41"));
    }

    @Test
    void genericListParameterOfMethod() throws Exception {
        assertEquals(json("[{\"item\":\"tea!\",\"quantity\":2}]"),
                json(respond(M + "orders", "[{\"item\":\"tea\",\"quantity\":1},{\"item\":\"x\",\"quantity\":1}]")));
    }

    @Test
    void jsonNodeMapStringAndBytes() throws Exception {
        assertEquals(json("[1,2]"), json(respond(M + "tree", "{\"nested\":[1,2]}")));
        assertEquals(json("{\"a\":1,\"seen\":true}"), json(respond(M + "map", "{\"a\":1}")));
        assertEquals("\"caf\u00e9 \uD83D\uDE00 \u00e9\"", respond(M + "string", "\"caf\u00e9\""));
        String base64 = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        assertEquals("\"" + Base64.getEncoder().encodeToString(new byte[] {3, 2, 1}) + "\"",
                respond(M + "bytes", "\"" + base64 + "\""));
    }

    @Test
    void optionalAndJavaTime() throws Exception {
        String body = respond(M + "dated", "{\"note\":\"hi\",\"at\":\"2026-11-25T10:00:00Z\",\"day\":\"2026-02-28\"}");
        assertEquals(json("{\"note\":\"hi?\",\"at\":\"2026-11-25T10:01:00Z\",\"day\":\"2026-03-01\"}"), json(body));
        String empty = respond(M + "dated", "{\"at\":\"2026-11-25T10:00:00Z\",\"day\":\"2026-02-28\"}");
        assertEquals("null", json(empty).get("note").toString());
    }

    @Test
    void overloadOfPreferredShapeIsPicked() throws Exception {
        assertEquals("\"picked (T, Context)\"", respond(M + "pick", "\"x\""));
    }

    @Test
    void usersOwnObjectMapperFromServiceLoaderKeepsGenericTypes(@TempDir Path services) throws Exception {
        Path file = services.resolve("META-INF/services/" + ObjectMapper.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, SnakeCaseMapper.class.getName() + "\n", StandardCharsets.UTF_8);
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator)
                     .handler("dev.lambdashim.runtime.custommapper.LineItems::total").classpath(services).start()) {
            InvocationResult result = emulator.invoke(Invocation.of(
                    "[{\"item_name\":\"tea\",\"unit_count\":2},{\"item_name\":\"cake\",\"unit_count\":5}]"),
                    RuntimeTestSupport.TIMEOUT);
            assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(), result::bodyAsString);
            assertEquals(json("{\"total_units\":7,\"first_item_name\":\"tea\"}"), json(result.bodyAsString()));
        }
    }

    @Test
    void packagedHandlerIsUsedWhenLambdasHandlerIsUnsetOrAPlaceholder() throws Exception {
        for (String placeholder : new String[] {null, "", "default"}) {
            try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
                 RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).env("_HANDLER", placeholder)
                         .jvmArg("-Dlambdashim.handler=" + M + "none").start()) {
                assertEquals("\"none\"", emulator.invoke(Invocation.of("{}"), RuntimeTestSupport.TIMEOUT)
                        .bodyAsString(), "placeholder " + placeholder);
            }
        }
    }

    @Test
    void handlerSetInLambdaWinsOverThePackagedOne() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(M + "increment")
                     .jvmArg("-Dlambdashim.handler=" + M + "none").start()) {
            assertEquals("2", emulator.invoke(Invocation.of("1"), RuntimeTestSupport.TIMEOUT).bodyAsString());
        }
    }
}
