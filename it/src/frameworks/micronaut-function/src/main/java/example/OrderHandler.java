package example;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** The Lambda handler: Micronaut starts its context in the constructor and injects the pricing bean. */
public class OrderHandler extends MicronautRequestHandler<Order, Receipt> {

    @Inject
    PriceService prices;

    @Override
    public Receipt execute(Order order) {
        return prices.price(order);
    }
}
