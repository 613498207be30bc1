package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;

/** An HTTP API (payload 2.0) handler: status, headers, cookies and a body built from the request. */
public class ApiGatewayV2 implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String body = request.getRequestContext().getHttp().getMethod() + " " + request.getRawPath() + "?"
                + request.getRawQueryString() + " route=" + request.getRouteKey() + " cookies=" + request.getCookies()
                + " time=" + request.getRequestContext().getTimeEpoch();
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "text/plain"))
                .withCookies(List.of("visited=yes"))
                .withBody(body)
                .build();
    }
}
