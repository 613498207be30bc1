package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The response to an {@link HttpApiRequest} (payload format 2.0). Several values of a header are joined with commas;
 * each cookie becomes a {@code Set-Cookie} header.
 *
 * @param statusCode the HTTP status
 * @param headers the headers
 * @param cookies {@code Set-Cookie} values
 * @param body text, or base64 when {@code isBase64Encoded}
 * @param isBase64Encoded whether API Gateway must decode {@code body}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HttpApiResponse(
        Integer statusCode,
        Map<String, String> headers,
        List<String> cookies,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** A text response with one content type. */
    public static HttpApiResponse of(int statusCode, String contentType, String body) {
        return new HttpApiResponse(statusCode, Map.of("content-type", contentType), null, body, false);
    }

    /** A binary response: the body is sent base64-encoded. */
    public static HttpApiResponse binary(int statusCode, String contentType, byte[] body) {
        return new HttpApiResponse(statusCode, Map.of("content-type", contentType), null, Bodies.base64(body), true);
    }
}
