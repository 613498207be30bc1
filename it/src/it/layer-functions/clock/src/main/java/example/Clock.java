package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.net.http.HttpClient;

/**
 * Needs java.net.http, which the layer links because its <modules> says so; a typed handler (its event a record),
 * which the runtime reads with Jackson databind: the layer's databind is on its classpath.
 */
public class Clock implements Handler<Clock.Request, String> {

    /** The event: {@code {}} from lambda:invoke, read by databind. */
    public record Request(String zone) {
    }

    @Override
    public String handle(Request event, Context context) {
        return "HTTP client " + HttpClient.Version.HTTP_2 + " at " + java.time.Instant.EPOCH;
    }
}
