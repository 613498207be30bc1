package bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The real function (see {@link OrderWork}): an API Gateway order request, against aws-lambda-java-core. */
public class Orders implements RequestHandler<ApiGatewayEvent, ApiGatewayResponse> {

    private final OrderWork work = new OrderWork();

    @Override
    public ApiGatewayResponse handleRequest(ApiGatewayEvent event, Context context) {
        String orderId = event.getPathParameters() == null ? "?" : event.getPathParameters().get("orderId");
        try {
            return new ApiGatewayResponse(200, Map.of("Content-Type", "application/json"),
                    work.answer(orderId, event.getBody()), false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
