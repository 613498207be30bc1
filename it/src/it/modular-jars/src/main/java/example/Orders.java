package example;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** An order read through Jackson's parameter-names and java.time modules, answered with its age. */
public class Orders implements Handler<Map<String, Object>, String> {

    /** No Jackson annotation names its properties: the constructor's parameter names (javac -parameters) do. */
    public static final class Order {
        final String id;
        final int quantity;
        final Instant placed;

        @JsonCreator
        public Order(String id, int quantity, Instant placed) {
            this.id = id;
            this.quantity = quantity;
            this.placed = placed;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ParameterNamesModule())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public String handle(Map<String, Object> event, Context context) throws Exception {
        Order order = mapper.convertValue(event, Order.class);
        Duration age = Duration.between(order.placed, Instant.parse("2026-12-02T10:15:30Z"));
        return order.id + " x" + order.quantity + " placed " + mapper.writeValueAsString(order.placed)
                + ", " + age.toHours() + " h before";
    }
}
