package dev.lambdashim.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.core.ClientContext;
import dev.lambdashim.core.CognitoIdentity;
import dev.lambdashim.test.fixtures.AwsSqs;
import dev.lambdashim.test.fixtures.ContextEcho;
import dev.lambdashim.test.fixtures.Failures;
import dev.lambdashim.test.fixtures.Orders;
import dev.lambdashim.test.fixtures.Overlap;
import dev.lambdashim.test.fixtures.Page;
import dev.lambdashim.test.fixtures.Web;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The handler called in-process through the runtime's code: responses, logs, streams, HTTP, context. */
class LambdaFunctionTest {

    private static final String ORDER = "{\"customer\":\"Ada\",\"lines\":[{\"item\":\"tea\",\"quantity\":2,"
            + "\"unitCents\":350}]}";

    @Test
    void aRecordHandlerAnswersWithItsResultAsJson() {
        Invocation placed = LambdaFunction.of(Orders.class.getName()).invoke(ORDER);
        assertFalse(placed.isError());
        assertEquals("{\"customer\":\"Ada\",\"items\":2,\"totalCents\":700,\"requestId\":\"" + placed.requestId()
                + "\"}", placed.responseJson());
        assertEquals(new Orders.Receipt("Ada", 2, 700, placed.requestId()), placed.response(Orders.Receipt.class));
    }

    @Test
    void anObjectEventIsWrittenAsJsonFirst() {
        Orders.Order order = new Orders.Order("Bo", List.of(new Orders.Line("x", 3, 10)));
        assertEquals(30, LambdaFunction.of(Orders.class.getName()).invoke(order).response(Orders.Receipt.class)
                .totalCents());
    }

    @Test
    void anEventFromAResourceOrAFile() {
        LambdaFunction orders = LambdaFunction.of(Orders.class.getName());
        assertEquals(1200, orders.invokeResource("events/order.json").response(Orders.Receipt.class).totalCents());
        assertEquals(1200, orders.invokeResource("src/test/resources/events/order.json")
                .response(Orders.Receipt.class).totalCents());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> orders.invokeResource("events/nope.json"));
        assertTrue(missing.getMessage().startsWith("no event events/nope.json: there is no such class path resource"
                + " (e.g. src/test/resources/events/nope.json) and no file /"), missing.getMessage());
    }

    @Test
    void eachInvocationHasItsOwnLogRecordsTaggedWithItsRequestId() {
        LambdaFunction orders = LambdaFunction.of(Orders.class.getName());
        Invocation first = orders.invoke(ORDER);
        Invocation second = orders.invoke(ORDER.replace("Ada", "Bo"));
        assertEquals(List.of("INFO", "INFO"), first.logs().stream().map(LogRecord::level).toList());
        assertEquals("order for Ada", first.logs().get(0).text());
        assertTrue(first.logs().get(1).text().matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\t" + first.requestId()
                + "\tINFO\t" + Orders.class.getName() + ": priced 1 lines"), first.logs().get(1).text());
        assertEquals("order for Bo", second.logs().get(0).text());
        assertTrue(second.logs().get(1).text().contains("\t" + second.requestId() + "\t"));
        assertEquals(2, second.logs().size());
    }

    @Test
    void theLogGoesBackToTheTestAfterTheInvocation() {
        java.io.PrintStream before = System.out;
        LambdaFunction.of(Orders.class.getName()).invoke(ORDER);
        assertEquals(before, System.out);
        assertEquals(0, List.of(Logger.getLogger("").getHandlers()).stream()
                .filter(h -> h.getClass().getName().startsWith("dev.lambdashim.runtime.")).count());
    }

    @Test
    void jsonLogsAndTheInvokeErrorRecord() throws Exception {
        LambdaFunction charge = LambdaFunction.builder(Failures.class.getName() + "::charge").logFormat("json")
                .build();
        Invocation failed = charge.invoke("{\"customer\":\"Ada\"}");
        assertEquals(2, failed.logs().size(), failed.logs()::toString);
        JsonNode print = new ObjectMapper().readTree(failed.logs().get(0).text());
        assertEquals("bank is down", print.get("message").asText());
        assertEquals(failed.requestId(), print.get("AWSRequestId").asText());
        assertEquals("ERROR", failed.logs().get(0).level());
        JsonNode invokeError = new ObjectMapper().readTree(failed.logs().get(1).text());
        assertEquals("Invoke Error", invokeError.get("message").asText());
        assertEquals(Failures.DeclinedException.class.getName(), invokeError.get("errorType").asText());
    }

    @Test
    void theLogLevelFiltersLoggerRecords() {
        Invocation quiet = LambdaFunction.builder(Orders.class.getName()).logLevel("warn").build().invoke(ORDER);
        assertEquals(List.of("order for Ada"), quiet.logs().stream().map(LogRecord::text).toList(),
                "prints are never filtered, the INFO logger record is");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> LambdaFunction.builder(Orders.class.getName()).logLevel("loud"));
        assertEquals("log level 'loud': expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL", wrong.getMessage());
    }

    @Test
    void aStreamingHandlersChunksArriveInOrderWithItsHttpStart() {
        LambdaFunction page = LambdaFunction.of(Page.class.getName());
        assertTrue(page.streams());
        Invocation served = page.invoke("\"hello\"");
        assertEquals(List.of("part 1;", "part 2;", "part 3;"), served.chunkTexts());
        HttpResult http = served.http();
        assertEquals(201, http.statusCode());
        assertEquals("text/plain", http.header("content-type").orElseThrow());
        assertEquals(List.of("a=1"), http.cookies());
        assertEquals("part 1;part 2;part 3;", http.bodyText());
    }

    @Test
    void anHttpHandlerBehindEachFrontDoor() {
        LambdaFunction web = LambdaFunction.of(Web.class.getName());
        HttpResult httpApi = web.invoke("{\"version\":\"2.0\",\"rawPath\":\"/orders\",\"requestContext\":{\"http\":"
                + "{\"method\":\"GET\",\"path\":\"/orders\"}},\"headers\":{},\"isBase64Encoded\":false}").http();
        assertEquals(200, httpApi.statusCode());
        assertEquals("GET /orders", httpApi.bodyText());
        assertEquals(List.of("seen=yes"), httpApi.cookies());
        HttpResult rest = web.invoke("{\"resource\":\"/{proxy+}\",\"path\":\"/missing\",\"httpMethod\":\"POST\","
                + "\"headers\":{},\"requestContext\":{\"stage\":\"prod\"},\"body\":null,\"isBase64Encoded\":false}")
                .http();
        assertEquals(404, rest.statusCode());
        assertEquals("POST /missing", rest.bodyText());
        Invocation notHttp = web.invoke("{\"hello\":1}");
        assertEquals("Runtime.UnsupportedEvent", notHttp.errorType());
        AssertionError noResponse = assertThrows(AssertionError.class, notHttp::http);
        assertTrue(noResponse.getMessage().startsWith("request " + notHttp.requestId() + " failed: {\"errorMessage\""),
                noResponse.getMessage());
    }

    @Test
    void anHttpHandlerInStreamingMode() {
        Invocation streamed = LambdaFunction.builder(Web.class.getName()).httpStreaming(true).build()
                .invoke("{\"version\":\"2.0\",\"rawPath\":\"/a\",\"requestContext\":{\"http\":{\"method\":\"GET\","
                        + "\"path\":\"/a\"}},\"headers\":{}}");
        assertTrue(streamed.isStreamed());
        assertEquals(200, streamed.http().statusCode());
        assertEquals("GET /a", streamed.http().bodyText());
    }

    @Test
    void theContextIsATestContextWithItsDefaultsOrTheOneGiven() {
        LambdaFunction echo = LambdaFunction.builder(ContextEcho.class.getName() + "::echo")
                .context(TestContext.builder().functionName("orders").memoryLimitMb(1024)
                        .timeout(Duration.ofSeconds(10)).traceId("Root=1-abc").tenantId("t-1")
                        .identity(new CognitoIdentity("id-1", "pool-1"))
                        .clientContext(new ClientContext(new ClientContext.Client("inst", "Shop", "1.0", "1", "shop"),
                                Map.of(), Map.of())))
                .build();
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = echo.invoke("{}").response(Map.class);
        assertEquals("orders", seen.get("functionName"));
        assertEquals(1024, seen.get("memory"));
        assertEquals("Root=1-abc", seen.get("trace"));
        assertEquals("Root=1-abc", seen.get("traceProperty"), "the runtime sets the X-Ray property");
        assertEquals("t-1", seen.get("tenant"));
        assertEquals("id-1", seen.get("identity"));
        assertEquals("Shop", seen.get("app"));
        long remaining = ((Number) seen.get("remaining")).longValue();
        assertTrue(remaining > 9000 && remaining <= 10000, "remaining " + remaining);
        assertNull(System.getProperty("com.amazonaws.xray.traceHeader"), "put back after the invocation");

        TestContext given = TestContext.builder().requestId("req-1").build();
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = LambdaFunction.of(ContextEcho.class.getName() + "::echo")
                .invoke("{}", given).response(Map.class);
        assertEquals("req-1", defaults.get("requestId"));
        assertEquals("test-function", defaults.get("functionName"));
        assertEquals(512, defaults.get("memory"));
    }

    @Test
    void aHandlerWrittenForAwsRunsAsInTheZip() {
        Invocation sqs = LambdaFunction.of(AwsSqs.class.getName()).invokeResource("events/sqs.json");
        assertEquals("\"hello from " + sqs.requestId() + "\"", sqs.responseJson());
        assertEquals("messages: 1", sqs.logs().get(0).text());
    }

    @Test
    void invocationsFromSeveralThreadsRunOneAtATimeAndInitRunsOncePerJvm() throws Exception {
        LambdaFunction first = LambdaFunction.of(Overlap.class.getName() + "::enter");
        LambdaFunction second = LambdaFunction.of(Overlap.class.getName() + "::enter");
        assertEquals(List.of("Overlap initialized"), first.initLogs().stream().map(LogRecord::text).toList());
        assertEquals(List.of(), second.initLogs(), "the class is initialized already, as in a warm environment");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Invocation>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LambdaFunction function = i % 2 == 0 ? first : second;
                calls.add(threads.submit(() -> function.invoke("{}")));
            }
            for (java.util.concurrent.Future<Invocation> call : calls) {
                assertEquals("1", call.get().responseJson());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, Overlap.MOST.get());
    }

    @Test
    void theRemainingTimeCountsDown() throws InterruptedException {
        TestContext context = TestContext.builder().timeout(Duration.ofMillis(500)).build();
        long first = context.remainingTimeMillis();
        Thread.sleep(50);
        long later = context.remainingTimeMillis();
        assertTrue(first <= 500 && later < first, first + " then " + later);
        assertEquals(0, TestContext.builder().deadlineMs(0).build().remainingTimeMillis());
        assertEquals(0, TestContext.builder().deadlineMs(1).build().remainingTimeMillis());
        assertThrows(IllegalArgumentException.class, () -> TestContext.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> TestContext.builder().memoryLimitMb(64));
    }

    @Test
    void askingForTheWrongOutcomeFailsWithWhatCameInstead() {
        Invocation ok = LambdaFunction.of(Orders.class.getName()).invoke(ORDER);
        AssertionError notAnError = assertThrows(AssertionError.class, ok::errorType);
        assertTrue(notAnError.getMessage().startsWith("request " + ok.requestId()
                + " did not fail; it answered: {\"customer\":\"Ada\""), notAnError.getMessage());
        Invocation failed = LambdaFunction.of(Failures.class.getName() + "::nothing").invoke("{}");
        AssertionError noResponse = assertThrows(AssertionError.class, failed::responseJson);
        assertTrue(noResponse.getMessage().contains("\"errorType\":\"java.lang.IllegalStateException\""));
    }
}
