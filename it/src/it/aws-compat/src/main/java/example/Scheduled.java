package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scheduled event: its Joda time read, and the event itself written back. */
public class Scheduled {

    public Map<String, Object> describe(ScheduledEvent event, Context context) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("time", event.getTime().toString());
        facts.put("millis", event.getTime().getMillis());
        facts.put("detailType", event.getDetailType());
        facts.put("resources", event.getResources());
        return facts;
    }

    public ScheduledEvent echo(ScheduledEvent event, Context context) {
        return event;
    }
}
