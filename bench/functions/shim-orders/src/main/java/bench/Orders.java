package bench;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.util.Map;

/** The real function (see {@link OrderWork}): an API Gateway order request, against lambda-core. */
public class Orders implements Handler<OrderRequest, OrderResponse> {

    private final OrderWork work = new OrderWork();

    @Override
    public OrderResponse handle(OrderRequest event, Context context) throws Exception {
        String orderId = event.pathParameters() == null ? "?" : event.pathParameters().get("orderId");
        return new OrderResponse(200, Map.of("Content-Type", "application/json"), work.answer(orderId, event.body()),
                false);
    }
}
