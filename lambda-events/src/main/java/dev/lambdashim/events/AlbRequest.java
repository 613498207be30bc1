package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An Application Load Balancer request to a Lambda target. With multi-value headers off, {@code headers} and
 * {@code queryStringParameters} are set (the last value of each); with them on, only the {@code multiValue...} maps.
 * Query parameters arrive as the client encoded them: the ALB does not decode them.
 *
 * @param requestContext the target group
 * @param body text, or base64 when {@code isBase64Encoded}; see {@link #bodyBytes()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlbRequest(
        RequestContext requestContext,
        String httpMethod,
        String path,
        Map<String, String> queryStringParameters,
        Map<String, List<String>> multiValueQueryStringParameters,
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** The body's bytes, base64-decoded when the ALB sent it so; empty when there is none. */
    public byte[] bodyBytes() {
        return Bodies.bytes(body, isBase64Encoded);
    }

    /** The body as UTF-8 text, base64-decoded when the ALB sent it so; empty when there is none. */
    public String bodyText() {
        return Bodies.text(body, isBase64Encoded);
    }

    /** Which load balancer sent the request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestContext(Elb elb) {
    }

    /** The target group whose target this function is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Elb(String targetGroupArn) {
    }
}
