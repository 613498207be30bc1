package bench;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.Map;

/** The real function (see {@link OrderWork}): an API Gateway order request, against lambda-core. */
public class Orders implements Handler<ApiGatewayEvent, ApiGatewayResponse> {

    private final OrderWork work = new OrderWork();

    @Override
    public ApiGatewayResponse handle(ApiGatewayEvent event, Context context) throws Exception {
        String orderId = event.pathParameters() == null ? "?" : event.pathParameters().get("orderId");
        return new ApiGatewayResponse(200, Map.of("Content-Type", "application/json"),
                work.answer(orderId, event.body()), false);
    }
}
