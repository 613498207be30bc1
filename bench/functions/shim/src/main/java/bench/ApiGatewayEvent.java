package bench;

import java.util.List;
import java.util.Map;

/** The fields of an API Gateway (REST, v1) proxy event that a typical handler reads; the rest is ignored. */
public record ApiGatewayEvent(String resource, String path, String httpMethod, Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders, Map<String, String> queryStringParameters,
        Map<String, String> pathParameters, Map<String, String> stageVariables, RequestContext requestContext,
        String body, boolean isBase64Encoded) {

    public record RequestContext(String accountId, String stage, String requestId, long requestTimeEpoch,
            Identity identity, String resourcePath, String httpMethod, String apiId) {
    }

    public record Identity(String sourceIp, String userAgent) {
    }
}
