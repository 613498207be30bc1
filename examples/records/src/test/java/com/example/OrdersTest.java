package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.Orders.Order;
import com.example.Orders.Receipt;
import dev.lambdashim.test.Event;
import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.LambdaFunction;
import dev.lambdashim.test.TestContext;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event the build trains on (src/lambda/events), bound and answered as on Lambda. */
class OrdersTest {

    private final LambdaFunction orders = LambdaFunction.builder("com.example.Orders")
            .context(TestContext.builder().timeout(Duration.ofSeconds(30)))
            .build();

    @ParameterizedTest
    @Event("src/lambda/events/order.json")
    void readsTheEventIntoItsRecord(Order order) {
        assertEquals("Ada", order.customer());
        assertEquals(2, order.lines().size());
    }

    @ParameterizedTest
    @Event("src/lambda/events/order.json")
    void answersWithTheReceipt(String event) {
        Invocation placed = orders.invoke(event);
        Receipt receipt = placed.response(Receipt.class);
        assertEquals(new Receipt("Ada", 3, 1125, placed.requestId(), receipt.msLeft()), receipt);
        assertTrue(receipt.msLeft() > 25_000 && receipt.msLeft() <= 30_000, "ms left: " + receipt.msLeft());
    }
}
