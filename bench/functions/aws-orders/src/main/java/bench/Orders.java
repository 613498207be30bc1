package bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The real function (see {@link OrderWork}): an API Gateway order request, against aws-lambda-java-core. The
 * response is a Map, which AWS's client serialises as the same JSON object as lambda-shim's record.
 */
public class Orders implements RequestHandler<OrderRequest, Map<String, Object>> {

    private final OrderWork work = new OrderWork();

    @Override
    public Map<String, Object> handleRequest(OrderRequest event, Context context) {
        String orderId = event.getPathParameters() == null ? "?" : event.getPathParameters().get("orderId");
        try {
            return Map.of("statusCode", 200, "headers", Map.of("Content-Type", "application/json"),
                    "body", work.answer(orderId, event.getBody()), "isBase64Encoded", false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
