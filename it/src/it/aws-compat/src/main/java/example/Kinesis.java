package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kinesis records: the data, a ByteBuffer, decoded; and the event written back (its data base64 again). */
public class Kinesis {

    public Map<String, String> decode(KinesisEvent event, Context context) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            texts.put(record.getKinesis().getSequenceNumber(),
                    StandardCharsets.UTF_8.decode(record.getKinesis().getData()).toString());
        }
        return texts;
    }

    /** No Context: still AWS's rules, since the event is one of AWS's classes. */
    public KinesisEvent echo(KinesisEvent event) {
        return event;
    }
}
