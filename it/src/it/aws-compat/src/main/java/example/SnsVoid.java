package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;

/** Returns nothing: the response is JSON null. */
public class SnsVoid implements RequestHandler<SNSEvent, Void> {

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        context.getLogger().log("message " + event.getRecords().get(0).getSNS().getMessage());
        return null;
    }
}
