package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The response to an {@link AlbRequest}. Set {@code multiValueHeaders} when the target group has multi-value headers
 * on, {@code headers} otherwise: the ALB reads only the one that matches its mode.
 *
 * @param statusCode the HTTP status
 * @param statusDescription the status line's text, e.g. {@code 200 OK}
 * @param headers one value per header (single-value mode)
 * @param multiValueHeaders several values per header (multi-value mode)
 * @param body text, or base64 when {@code isBase64Encoded}
 * @param isBase64Encoded whether the ALB must decode {@code body}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlbResponse(
        Integer statusCode,
        String statusDescription,
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** A text response with one content type (single-value headers). */
    public static AlbResponse of(int statusCode, String contentType, String body) {
        return new AlbResponse(statusCode, ReasonPhrases.statusLine(statusCode), Map.of("Content-Type", contentType), null, body, false);
    }
}
