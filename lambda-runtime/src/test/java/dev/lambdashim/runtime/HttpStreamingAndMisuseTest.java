package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.lambdashim.emulator.HttpPrelude;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.ResponseChunk;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.HttpEvents.Door;
import dev.lambdashim.runtime.fixtures.HttpRoutes;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter's streaming mode (a Function URL with {@code InvokeMode: RESPONSE_STREAM}), an event that is not
 * an HTTP request, and the same handler class on the JDK's own {@code HttpServer}.
 */
class HttpStreamingAndMisuseTest {

    private static final String HANDLER = HttpRoutes.class.getName();

    @Test
    void inStreamingModeTheBodyStreamsAfterTheHttpPrelude() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(HANDLER)
                     .env("LAMBDA_SHIM_HTTP_STREAMING", "true").start()) {
            String event = HttpEvents.request(Door.FUNCTION_URL, "GET", "/stream").json();
            InvocationResult result = emulator.invoke(Invocation.of(event), TIMEOUT);
            assertEquals(InvocationResult.Outcome.RESPONSE, result.outcome(), result::bodyAsString);
            assertTrue(result.streamed());
            assertEquals(HttpPrelude.CONTENT_TYPE, result.header("Content-Type").orElse(null));
            HttpPrelude prelude = result.httpPrelude().orElseThrow();
            assertEquals(200, prelude.statusCode());
            assertEquals("text/plain", prelude.headers().get("Content-type"), prelude.headers()::toString);
            assertEquals(List.of("streamed=yes"), prelude.cookies());
            assertEquals("part 1\npart 2\n", new String(result.httpBody(), StandardCharsets.UTF_8));
            // The flush after part 1 sent it at once: it arrived well before part 2, written 400 ms later.
            List<ResponseChunk> chunks = result.chunks();
            ResponseChunk last = chunks.get(chunks.size() - 1);
            ResponseChunk first = chunks.stream().filter(c -> c.bytesAsString().contains("part 1")).findFirst()
                    .orElseThrow();
            long gap = TimeUnit.NANOSECONDS.toMillis(last.arrivalNanos() - first.arrivalNanos());
            assertTrue(gap >= 300, "part 1 arrived " + gap + " ms before the end");

            // A 404 streams too: the status is in the prelude.
            InvocationResult missing = emulator.invoke(Invocation.of(
                    HttpEvents.request(Door.FUNCTION_URL, "GET", "/nowhere").json()), TIMEOUT);
            assertEquals(404, missing.httpPrelude().orElseThrow().statusCode());
            assertEquals("no route for /nowhere", new String(missing.httpBody(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEventThatIsNoHttpRequestIsARuntimeError() throws Exception {
        InvocationResult result = RuntimeTestSupport.invokeOnce(HANDLER,
                Invocation.of(EventRoundTripTest.resource("sqs.json")));
        assertEquals(InvocationResult.Outcome.ERROR, result.outcome());
        assertEquals("Runtime.UnsupportedEvent", result.header("Lambda-Runtime-Function-Error-Type").orElse(null));
        JsonNode error = json(result.body());
        assertTrue(error.get("errorMessage").asText().contains("not an HTTP request from API Gateway"),
                error::toString);
    }

    @Test
    void aHandlerThatSendsNoStatusOrBreaksTheHttpRulesFails() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.start(emulator, HANDLER)) {
            InvocationResult silent = emulator.invoke(Invocation.of(
                    HttpEvents.request(Door.HTTP_API, "GET", "/silent").json()), TIMEOUT);
            assertEquals(InvocationResult.Outcome.ERROR, silent.outcome());
            assertEquals("Runtime.NoHttpResponse", silent.header("Lambda-Runtime-Function-Error-Type").orElse(null));
            InvocationResult noBody = emulator.invoke(Invocation.of(
                    HttpEvents.request(Door.REST_API, "GET", "/no-body").json()), TIMEOUT);
            assertEquals(InvocationResult.Outcome.ERROR, noBody.outcome());
            assertEquals("Function.IOException", noBody.header("Lambda-Runtime-Function-Error-Type").orElse(null));
            assertTrue(json(noBody.body()).get("errorMessage").asText().contains("no response body"),
                    noBody::bodyAsString);
        }
    }

    @Test
    void theSameClassServesTheJdksHttpServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", new HttpRoutes());
        server.start();
        try {
            URL url = new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/echo?a=1&a=2");
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setRequestProperty("Cookie", "c1=v1");
            assertEquals(200, connection.getResponseCode());
            JsonNode echo;
            try (InputStream in = connection.getInputStream()) {
                echo = json(in.readAllBytes());
            }
            assertEquals("a=1&a=2", echo.get("rawQuery").asText());
            assertEquals("[\"c1=v1\"]", echo.get("headers").get("cookie").toString());
            assertEquals("none", echo.get("requestId").asText(), "no Lambda context on a plain server");
            HttpURLConnection missing = (HttpURLConnection) new URL("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/nowhere").openConnection();
            assertEquals(404, missing.getResponseCode());
        } finally {
            server.stop(0);
        }
    }
}
