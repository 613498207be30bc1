package dev.lambdashim.test.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.lambdashim.events.SqsEvent;
import dev.lambdashim.test.Event;
import dev.lambdashim.test.Events;
import dev.lambdashim.test.HandlerParams;
import dev.lambdashim.test.LambdaFunction;
import dev.lambdashim.test.Response;
import dev.lambdashim.test.Responses;
import dev.lambdashim.test.fixtures.Orders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** Tests written as a user writes them; run by {@code AnnotationsTest} through the engine test kit. */
public class AnnotationSamples {

    private static final LambdaFunction ORDERS = LambdaFunction.of(Orders.class.getName());

    @ParameterizedTest
    @Event(value = "events/order.json", type = Orders.Order.class)
    void typedEvent(Orders.Order order) {
        assertEquals("Ada", order.customer());
        assertEquals(List.of(new Orders.Line("tea", 2, 350), new Orders.Line("cake", 1, 500)), order.lines());
    }

    @ParameterizedTest
    @Event("events/order.json")
    void typeFromTheParameter(Orders.Order order) {
        assertEquals(2, order.lines().size());
    }

    @ParameterizedTest
    @Event("events/order.json")
    void genericParameter(Map<String, Object> order) {
        assertEquals("tea", ((Map<?, ?>) ((List<?>) order.get("lines")).get(0)).get("item"));
    }

    @ParameterizedTest
    @Event("events/order.json")
    void rawJson(String json) {
        assertTrue(json.startsWith("{\"customer\": \"Ada\""), json);
    }

    @ParameterizedTest
    @Event("events/order.json")
    void rawBytes(byte[] json) {
        assertEquals('{', json[0]);
    }

    @ParameterizedTest
    @Event("events/sqs.json")
    void lambdaEventsRecord(SqsEvent event) {
        assertEquals("hello", event.records().get(0).body());
    }

    @ParameterizedTest
    @Event(value = "events/sqs.json", type = SQSEvent.class)
    void awsEventClass(SQSEvent event) {
        assertEquals("m-1", event.getRecords().get(0).getMessageId());
        assertEquals("aws:sqs", event.getRecords().get(0).getEventSource());
    }

    @ParameterizedTest
    @Event("src/test/resources/events/order.json")
    void fileRelativeToTheProject(Orders.Order order) {
        assertEquals("Ada", order.customer());
    }

    @ParameterizedTest
    @Events(folder = "events/orders", type = Orders.Order.class)
    void folder(Orders.Order order) {
        assertEquals(order.customer().charAt(0) - 'A' + 1, order.lines().get(0).quantity());
    }

    @ParameterizedTest
    @Events(events = {@Event("events/orders/2-b.json"), @Event("events/orders/3-c.json")}, type = Orders.Order.class)
    void listed(Orders.Order order) {
        assertTrue(order.customer().equals("B") || order.customer().equals("C"), order.customer());
    }

    @ParameterizedTest
    @HandlerParams(event = @Event("events/order.json"), response = @Response("responses/receipt.json"))
    void eventAndResponse(String event, Map<String, Object> expected) {
        Orders.Receipt receipt = ORDERS.invoke(event).response(Orders.Receipt.class);
        assertEquals(expected.get("items"), receipt.items());
        assertEquals(((Number) expected.get("totalCents")).longValue(), receipt.totalCents());
    }

    @ParameterizedTest
    @HandlerParams(events = @Events(folder = "events/orders"), responses = @Responses(folder = "responses/orders"))
    void eventsAndResponses(Orders.Order event, Orders.Receipt expected) {
        Orders.Receipt receipt = ORDERS.invoke(event).response(Orders.Receipt.class);
        assertEquals(expected.customer(), receipt.customer());
        assertEquals(expected.totalCents(), receipt.totalCents());
    }
}
