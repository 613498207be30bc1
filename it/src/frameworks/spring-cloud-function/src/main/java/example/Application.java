package example;

import java.util.List;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Functions as beans; spring.cloud.function.definition picks the one Lambda calls. */
@SpringBootApplication
public class Application {

    public record Line(String sku, double price, int quantity) {
    }

    public record Order(String orderId, List<Line> lines) {
    }

    public record Receipt(String orderId, int lines, double total) {
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    public Function<Order, Receipt> price() {
        return order -> new Receipt(order.orderId(), order.lines().size(),
                order.lines().stream().mapToDouble(l -> l.price() * l.quantity()).sum());
    }

    @Bean
    public Function<String, String> uppercase() {
        return String::toUpperCase;
    }
}
