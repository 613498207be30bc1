package example;

import java.util.Map;

public class Slow {

    /** Sleeps as long as the event asks: {"sleepMs": 5000}. */
    public static String handle(Map<String, Object> event) throws InterruptedException {
        Thread.sleep(((Number) event.getOrDefault("sleepMs", 0)).longValue());
        return "done";
    }
}
