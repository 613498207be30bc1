package com.example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.List;

/** A record in, a record out; Jackson maps both, and the Context says which request this is. */
public class Orders implements Handler<Orders.Order, Orders.Receipt> {

    public record Line(String item, int quantity, long unitCents) {
    }

    public record Order(String customer, List<Line> lines) {
    }

    public record Receipt(String customer, int items, long totalCents, String requestId, long msLeft) {
    }

    @Override
    public Receipt handle(Order order, Context context) {
        int items = order.lines().stream().mapToInt(Line::quantity).sum();
        long total = order.lines().stream().mapToLong(l -> l.quantity() * l.unitCents()).sum();
        return new Receipt(order.customer(), items, total, context.requestId(), context.remainingTimeMillis());
    }
}
