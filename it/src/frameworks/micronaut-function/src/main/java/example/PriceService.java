package example;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** A bean with configuration from application.properties: prices an order in the configured currency. */
@Singleton
public class PriceService {

    private final String currency;

    public PriceService(@Value("${receipt.currency}") String currency) {
        this.currency = currency;
    }

    public Receipt price(Order order) {
        double total = order.lines().stream().mapToDouble(line -> line.price() * line.quantity()).sum();
        return new Receipt(order.orderId(), order.lines().size(), total, currency);
    }
}
