package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.core.StreamingHandler;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Streams "tick N" every 300 ms, as many as the event says ("3"); "fail" fails after the first tick. */
public class Ticker implements StreamingHandler {

    @Override
    public void handle(InputStream event, ResponseStream response, Context context) throws Exception {
        String command = new String(event.readAllBytes(), StandardCharsets.UTF_8).trim();
        int ticks = command.equals("fail") ? 1 : Integer.parseInt(command);
        for (int i = 1; i <= ticks; i++) {
            if (i > 1) {
                Thread.sleep(300);
            }
            response.write(("tick " + i + "\n").getBytes(StandardCharsets.UTF_8));
            response.flush();
            System.out.println("sent tick " + i);
        }
        if (command.equals("fail")) {
            throw new IllegalStateException("failed after a tick");
        }
    }
}
