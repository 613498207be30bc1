package bench.concurrency;

import dev.lambdashim.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Map;

/** The benchmark's function: one HTTP GET to the URL in the event, which the driver answers after 100 ms. */
public class SlowIo {

    public static int handle(Map<String, String> event, Context context) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(event.get("url")).openConnection();
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes().length;
        } finally {
            connection.disconnect();
        }
    }
}
