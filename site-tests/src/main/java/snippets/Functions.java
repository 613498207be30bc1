package snippets;

import dev.lambdashim.core.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

// The site's "Writing handlers": method handlers, named snippets.Functions::total and snippets.Functions::later.
public class Functions {
    public record Order(String item, int quantity, long unitCents) {}

    // START SNIPPET: methods
    public static long total(List<Order> orders, Context context) {       // (T event, Context)
        return orders.stream().mapToLong(o -> o.quantity() * o.unitCents()).sum();
    }

    public CompletionStage<String> later(String name) {                   // (T event), awaited
        return CompletableFuture.supplyAsync(() -> "Hello, " + name);
    }
    // END SNIPPET: methods
}
