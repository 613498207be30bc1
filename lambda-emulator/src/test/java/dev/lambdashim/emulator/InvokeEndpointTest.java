package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InvokeEndpointTest extends EmulatorFixture {

    private CompletableFuture<HttpResponse<String>> invoke(String payload) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + emulator.runtimeApiAddress() + "/2015-03-31/functions/function/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        return runtime.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Runs one invocation as the runtime; returns its request id after checking the event. */
    private String takeEvent(String expectedPayload) throws Exception {
        HttpResponse<byte[]> next = runtime.next();
        assertEquals(200, next.statusCode());
        assertEquals(expectedPayload, new String(next.body(), StandardCharsets.UTF_8));
        return next.headers().firstValue(RuntimeApiHeaders.REQUEST_ID).orElseThrow();
    }

    @Test
    void invokeReturnsTheFunctionsResponse() throws Exception {
        CompletableFuture<HttpResponse<String>> caller = invoke("{\"in\":1}");
        String id = takeEvent("{\"in\":1}");
        runtime.respond(id, "{\"out\":2}");

        HttpResponse<String> answer = caller.get(10, TimeUnit.SECONDS);

        assertEquals(200, answer.statusCode());
        assertEquals("{\"out\":2}", answer.body());
        assertEquals(Optional.empty(), answer.headers().firstValue(RuntimeApiHeaders.AMZ_FUNCTION_ERROR));
        assertEquals(Optional.of("application/json"), answer.headers().firstValue("Content-Type"));
    }

    @Test
    void invokeReportsAFunctionErrorWithTheErrorBody() throws Exception {
        CompletableFuture<HttpResponse<String>> caller = invoke("{}");
        String id = takeEvent("{}");
        runtime.error(id, "{\"errorMessage\":\"bad\",\"errorType\":\"Bad\"}",
                "Lambda-Runtime-Function-Error-Type", "Bad");

        HttpResponse<String> answer = caller.get(10, TimeUnit.SECONDS);

        assertEquals(200, answer.statusCode());
        assertEquals("{\"errorMessage\":\"bad\",\"errorType\":\"Bad\"}", answer.body());
        assertEquals(Optional.of("Unhandled"), answer.headers().firstValue(RuntimeApiHeaders.AMZ_FUNCTION_ERROR));
    }

    @Test
    void invokeReportsAnOversizedResponse() throws Exception {
        CompletableFuture<HttpResponse<String>> caller = invoke("{}");
        String id = takeEvent("{}");
        assertEquals(413, runtime.respond(id, new byte[InvocationResponseTest.MAX + 1]).statusCode());

        HttpResponse<String> answer = caller.get(10, TimeUnit.SECONDS);

        assertEquals(200, answer.statusCode());
        assertEquals("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size "
                + "(6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}", answer.body());
        assertEquals(Optional.of("Unhandled"), answer.headers().firstValue(RuntimeApiHeaders.AMZ_FUNCTION_ERROR));
    }

    @Test
    void invokeReportsAnInitError() throws Exception {
        CompletableFuture<HttpResponse<String>> caller = invoke("{}");
        runtime.initError("{\"errorMessage\":\"no handler\",\"errorType\":\"Runtime.NoSuchHandler\"}");

        HttpResponse<String> answer = caller.get(10, TimeUnit.SECONDS);

        assertEquals(200, answer.statusCode());
        assertEquals("{\"errorMessage\":\"no handler\",\"errorType\":\"Runtime.NoSuchHandler\"}", answer.body());
        assertEquals(Optional.of("Unhandled"), answer.headers().firstValue(RuntimeApiHeaders.AMZ_FUNCTION_ERROR));
    }

    @Test
    void unknownRoutesAndMethodsAre404() throws Exception {
        String[][] requests = {
            {"GET", "/"},
            {"GET", "/2018-06-01/runtime/invocation/next/extra"},
            {"POST", "/2018-06-01/runtime/invocation/next"},
            {"GET", "/2018-06-01/runtime/init/error"},
            {"POST", "/2018-06-01/runtime/invocation/id/other"},
            {"POST", "/2018-06-01/runtime/invocation//response"},
            {"POST", "/2018-06-01/runtime/invocation/a/b/response"},
            {"POST", "/2018-06-01/runtime"},
            {"GET", "/2015-03-31/functions/function/invocations"},
            {"POST", "/2015-03-31/functions/function/invocationsX"},
            {"POST", "/2015-03-31/functions/other/invocations"},
        };
        for (String[] request : requests) {
            HttpResponse<String> answer = runtime.send(request[0], request[1]);
            assertEquals(404, answer.statusCode(), request[0] + " " + request[1]);
            assertEquals("{\"errorMessage\":\"Not Found\",\"errorType\":\"NotFound\"}", answer.body());
        }
        assertEquals(0, emulator.nextRequestCount());
    }
}
