package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.test.Events;
import dev.lambdashim.test.HttpResult;
import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.LambdaFunction;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HttpHandler behind each front door, from the sample events of src/lambda/events. */
class ApiTest {

    private static final LambdaFunction API = LambdaFunction.of("com.example.Api");

    @ParameterizedTest
    @CsvSource({
        "http-api-hello.json,     200, text/plain; charset=utf-8, 'Hello, Lambda!'",
        "rest-api-hello.json,     200, text/plain; charset=utf-8, 'Hello, REST!'",
        "alb-hello.json,          200, text/plain; charset=utf-8, 'Hello, ALB!'",
        "http-api-order.json,     200, application/json,          '{\"id\":\"42\",\"status\":\"shipped\"}'",
        "http-api-not-found.json, 404, text/plain; charset=utf-8, No route for GET /nowhere",
    })
    void answersEachRoute(String event, int status, String type, String body) {
        HttpResult http = API.invokeResource("src/lambda/events/" + event).http();
        assertEquals(status, http.statusCode());
        assertEquals(type, http.header("Content-Type").orElseThrow());
        assertEquals(body, http.bodyText());
    }

    @ParameterizedTest
    @Events(folder = "src/lambda/events")
    void everySampleEventIsAnsweredWithoutError(Map<String, Object> event) {
        HttpResult http = API.invoke(event).http();
        assertTrue(http.statusCode() == 200 || http.statusCode() == 404, http.toString());
    }

    @Test
    void theHandlerSeesLambdasContext() {
        Invocation root = API.invoke("{\"version\":\"2.0\",\"rawPath\":\"/\",\"headers\":{},"
                + "\"requestContext\":{\"http\":{\"method\":\"GET\",\"path\":\"/\"}}}");
        assertTrue(root.http().bodyText().contains("<h1>An HttpHandler on Lambda (request " + root.requestId()
                + ")</h1>"), root.http().bodyText());
    }

    @Test
    void thePixelIsBinaryBase64EncodedForApiGatewayAndDecodedHere() {
        HttpResult pixel = API.invokeResource("src/lambda/events/http-api-pixel.json").http();
        assertEquals("image/png", pixel.header("Content-Type").orElseThrow());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(pixel.body(), 4));
    }

    @Test
    void echoesTheBody() {
        HttpResult echo = API.invokeResource("src/lambda/events/http-api-echo.json").http();
        assertEquals(200, echo.statusCode());
        assertEquals("application/json", echo.header("Content-Type").orElseThrow());
    }
}
