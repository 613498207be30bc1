package bench;

import java.util.Map;

/** An API Gateway proxy response. */
public record ApiGatewayResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {

    /** The work both handlers do: read a few fields of the event, answer with a small JSON body. */
    static ApiGatewayResponse answer(ApiGatewayEvent event) {
        String orderId = event.pathParameters() == null ? "?" : event.pathParameters().get("orderId");
        String currency = event.queryStringParameters() == null ? "USD"
                : event.queryStringParameters().getOrDefault("currency", "USD");
        int bodyLength = event.body() == null ? 0 : event.body().length();
        String body = "{\"orderId\":\"" + orderId + "\",\"currency\":\"" + currency + "\",\"method\":\""
                + event.httpMethod() + "\",\"from\":\"" + event.requestContext().identity().sourceIp()
                + "\",\"bodyBytes\":" + bodyLength + "}";
        return new ApiGatewayResponse(200, Map.of("Content-Type", "application/json"), body, false);
    }
}
