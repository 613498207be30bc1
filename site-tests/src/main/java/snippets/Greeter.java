package snippets;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

// The site's "Writing handlers": a class handler, JSON in and out through records.
public class Greeter implements Handler<Greeter.Person, Greeter.Greeting> {
    public record Person(String name) {}

    public record Greeting(String message) {}

    @Override
    public Greeting handle(Person person, Context context) {
        return new Greeting("Hello, " + person.name() + "!");
    }
}
