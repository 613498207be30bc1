package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;

/** Returns the DynamoDB Streams event it was given: typed attribute values and dates, both ways. */
public class DynamoDbEcho implements RequestHandler<DynamodbEvent, DynamodbEvent> {

    @Override
    public DynamodbEvent handleRequest(DynamodbEvent event, Context context) {
        return event;
    }
}
