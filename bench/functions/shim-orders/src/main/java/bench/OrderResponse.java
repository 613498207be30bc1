package bench;

import java.util.Map;

/** An API Gateway proxy response. */
public record OrderResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {
}
