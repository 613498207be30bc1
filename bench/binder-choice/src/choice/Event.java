package choice;

import java.util.List;
import java.util.Map;

/** bench/functions/shim's ApiGatewayEvent and ApiGatewayResponse, one copy read and written by every contender. */
public final class Event {

    private Event() {
    }

    public record ApiGatewayEvent(String resource, String path, String httpMethod, Map<String, String> headers,
            Map<String, List<String>> multiValueHeaders, Map<String, String> queryStringParameters,
            Map<String, String> pathParameters, Map<String, String> stageVariables, RequestContext requestContext,
            String body, boolean isBase64Encoded) {
    }

    public record RequestContext(String accountId, String stage, String requestId, long requestTimeEpoch,
            Identity identity, String resourcePath, String httpMethod, String apiId) {
    }

    public record Identity(String sourceIp, String userAgent) {
    }

    public record ApiGatewayResponse(int statusCode, Map<String, String> headers, String body,
            boolean isBase64Encoded) {
    }

    /** The bench function's work: a few fields read, a small JSON body. */
    public static ApiGatewayResponse answer(ApiGatewayEvent event) {
        String orderId = event.pathParameters() == null ? "?" : event.pathParameters().get("orderId");
        String body = "{\"orderId\":\"" + orderId + "\",\"method\":\"" + event.httpMethod() + "\",\"from\":\""
                + event.requestContext().identity().sourceIp() + "\"}";
        return new ApiGatewayResponse(200, Map.of("Content-Type", "application/json"), body, false);
    }
}
