package example;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The event: an order and its lines. */
@Serdeable
public record Order(String orderId, String customer, List<Line> lines) {

    @Serdeable
    public record Line(String sku, double price, int quantity) {
    }
}
