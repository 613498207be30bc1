package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The response to an {@link ApiGatewayRequest} (REST API proxy, payload format 1.0). API Gateway merges
 * {@code headers} and {@code multiValueHeaders}; {@code null} fields are left out.
 *
 * @param statusCode the HTTP status
 * @param headers one value per header
 * @param multiValueHeaders several values per header (e.g. {@code Set-Cookie})
 * @param body text, or base64 when {@code isBase64Encoded}
 * @param isBase64Encoded whether API Gateway must decode {@code body} (binary media types)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiGatewayResponse(
        Integer statusCode,
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** A text response with one content type. */
    public static ApiGatewayResponse of(int statusCode, String contentType, String body) {
        return new ApiGatewayResponse(statusCode, Map.of("Content-Type", contentType), null, body, false);
    }

    /** A binary response: the body is sent base64-encoded, as API Gateway expects. */
    public static ApiGatewayResponse binary(int statusCode, String contentType, byte[] body) {
        return new ApiGatewayResponse(statusCode, Map.of("Content-Type", contentType), null, Bodies.base64(body),
                true);
    }
}
