package dev.lambdashim.test.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdashim.test.Event;
import dev.lambdashim.test.Events;
import dev.lambdashim.test.HandlerParams;
import dev.lambdashim.test.LambdaFunction;
import dev.lambdashim.test.Response;
import dev.lambdashim.test.Responses;
import dev.lambdashim.test.fixtures.Orders;
import org.junit.jupiter.params.ParameterizedTest;

/** Tests that must fail, each for its own reason; run by {@code AnnotationsTest} through the engine test kit. */
public class FailingSamples {

    @ParameterizedTest
    @Event(value = "events/missing.json", type = Orders.Order.class)
    void missingFile(Orders.Order order) {
    }

    @ParameterizedTest
    @Event(value = "events/not-an-order.json", type = Orders.Order.class)
    void unreadableEvent(Orders.Order order) {
    }

    @ParameterizedTest
    @Events(folder = "events/no-such-folder", type = Orders.Order.class)
    void missingFolder(Orders.Order order) {
    }

    @ParameterizedTest
    @HandlerParams(events = @Events(folder = "events/orders"), responses = @Responses(
            responses = @Response("responses/orders/1-a.json")))
    void unpaired(Orders.Order event, Orders.Receipt expected) {
    }

    @ParameterizedTest
    @HandlerParams(event = @Event("events/order.json"), response = @Response("responses/wrong-receipt.json"))
    void wrongExpectation(String event, Orders.Receipt expected) {
        Orders.Receipt receipt = LambdaFunction.of(Orders.class.getName()).invoke(event)
                .response(Orders.Receipt.class);
        assertEquals(expected.totalCents(), receipt.totalCents());
    }
}
