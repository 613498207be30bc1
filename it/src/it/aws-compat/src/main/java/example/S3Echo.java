package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** Returns the S3 event it was given: read and written by AWS's S3 serializer both ways. */
public class S3Echo implements RequestHandler<S3Event, S3Event> {

    @Override
    public S3Event handleRequest(S3Event event, Context context) {
        context.getLogger().log("object " + event.getRecords().get(0).getS3().getObject().getKey());
        return event;
    }
}
