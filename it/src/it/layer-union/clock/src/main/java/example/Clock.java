package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.net.http.HttpClient;

/** Needs java.net.http, which the layer links because it is built for this function (<functions>). */
public class Clock implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) {
        return "HTTP client " + HttpClient.Version.HTTP_2 + " at " + java.time.Instant.EPOCH;
    }
}
