package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.core.StreamingHandler;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Streams "tick N" every 300 ms, as many as the event (a JSON number) says; a negative one fails after a tick. */
public class Ticker implements StreamingHandler {

    @Override
    public void handle(InputStream event, ResponseStream response, Context context) throws Exception {
        String text = new String(event.readAllBytes(), StandardCharsets.UTF_8).trim();
        int count = text.matches("-?\\d+") ? Integer.parseInt(text) : 1;
        int ticks = count < 0 ? 1 : count;
        for (int i = 1; i <= ticks; i++) {
            if (i > 1) {
                Thread.sleep(300);
            }
            response.write(("tick " + i + "\n").getBytes(StandardCharsets.UTF_8));
            response.flush();
            System.out.println("sent tick " + i);
        }
        if (count < 0) {
            throw new IllegalStateException("failed after a tick");
        }
    }
}
