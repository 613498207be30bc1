package bench;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;

/** The ~2 KB API Gateway proxy event into a record, a record back, against lambda-core. */
public class ApiGateway implements Handler<ApiGatewayEvent, ApiGatewayResponse> {

    @Override
    public ApiGatewayResponse handle(ApiGatewayEvent event, Context context) {
        return ApiGatewayResponse.answer(event);
    }
}
