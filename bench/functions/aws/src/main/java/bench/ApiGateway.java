package bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The ~2 KB API Gateway proxy event into a record, a record back, against aws-lambda-java-core. */
public class ApiGateway implements RequestHandler<ApiGatewayEvent, ApiGatewayResponse> {

    @Override
    public ApiGatewayResponse handleRequest(ApiGatewayEvent event, Context context) {
        return ApiGatewayResponse.answer(event);
    }
}
