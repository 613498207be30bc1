package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/** A REST API (payload 1.0) handler, as AWS's documentation writes them. */
public class ApiGatewayV1 implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        context.getLogger().log("path " + request.getPath());
        String body = request.getHttpMethod() + " " + request.getPath() + " query=" + request.getQueryStringParameters()
                + " stage=" + request.getRequestContext().getStage() + " ip="
                + request.getRequestContext().getIdentity().getSourceIp() + " body=" + request.getBody();
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "text/plain"))
                .withBody(body);
    }
}
