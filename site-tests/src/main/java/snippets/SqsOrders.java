package snippets;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import dev.lambdashim.events.BatchResponse;
import dev.lambdashim.events.SqsEvent;
import java.util.ArrayList;
import java.util.List;

// The site's "Events and HTTP": an SQS consumer that retries only the messages it could not process.
public class SqsOrders implements Handler<SqsEvent, BatchResponse> {
    @Override
    public BatchResponse handle(SqsEvent event, Context context) {
        List<String> failed = new ArrayList<>();
        for (SqsEvent.Message message : event.records()) {
            try {
                process(message.body());
            } catch (RuntimeException e) {
                failed.add(message.messageId());
            }
        }
        return BatchResponse.failures(failed);   // needs ReportBatchItemFailures on the event source mapping
    }

    private void process(String body) {
        if (body.isBlank()) {
            throw new IllegalArgumentException("empty order");
        }
    }
}
