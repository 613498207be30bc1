package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.util.Map;

/** A handler that throws: an error response, not a crash. */
public class Throws implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> order, Context context) {
        throw new PaymentException("order " + order.get("id") + " cannot be charged", new IOException("card declined"));
    }
}
