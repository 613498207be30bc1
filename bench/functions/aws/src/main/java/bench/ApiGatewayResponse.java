package bench;

import java.util.Map;

/** An API Gateway proxy response, as a JavaBean (see {@link ApiGatewayEvent}). */
public class ApiGatewayResponse {
    private int statusCode;
    private Map<String, String> headers;
    private String body;
    private boolean isBase64Encoded;

    public ApiGatewayResponse() {
    }

    public int getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(int statusCode) {
        this.statusCode = statusCode;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean getIsBase64Encoded() {
        return isBase64Encoded;
    }

    public void setIsBase64Encoded(boolean isBase64Encoded) {
        this.isBase64Encoded = isBase64Encoded;
    }

    public ApiGatewayResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
        this.isBase64Encoded = isBase64Encoded;
    }

    /** The work both handlers do: read a few fields of the event, answer with a small JSON body. */
    static ApiGatewayResponse answer(ApiGatewayEvent event) {
        String orderId = event.getPathParameters() == null ? "?" : event.getPathParameters().get("orderId");
        String currency = event.getQueryStringParameters() == null ? "USD"
                : event.getQueryStringParameters().getOrDefault("currency", "USD");
        int bodyLength = event.getBody() == null ? 0 : event.getBody().length();
        String body = "{\"orderId\":\"" + orderId + "\",\"currency\":\"" + currency + "\",\"method\":\""
                + event.getHttpMethod() + "\",\"from\":\"" + event.getRequestContext().getIdentity().getSourceIp()
                + "\",\"bodyBytes\":" + bodyLength + "}";
        return new ApiGatewayResponse(200, Map.of("Content-Type", "application/json"), body, false);
    }
}
