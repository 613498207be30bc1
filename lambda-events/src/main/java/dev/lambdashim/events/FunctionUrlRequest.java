package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A Lambda Function URL request: payload format 2.0, as an HTTP API's ({@link HttpApiRequest}, whose nested types it
 * shares). {@code routeKey} and {@code stage} are {@code $default}; {@code requestContext.domainName} is the URL's
 * host ({@code <url-id>.lambda-url.<region>.on.aws}); {@code authorizer.iam} is set with {@code AWS_IAM} auth.
 *
 * @param body text, or base64 when {@code isBase64Encoded}; see {@link #bodyBytes()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FunctionUrlRequest(
        String version,
        String routeKey,
        String rawPath,
        String rawQueryString,
        List<String> cookies,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        Map<String, String> pathParameters,
        Map<String, String> stageVariables,
        HttpApiRequest.RequestContext requestContext,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** The body's bytes, base64-decoded when Lambda sent it so; empty when there is none. */
    public byte[] bodyBytes() {
        return Bodies.bytes(body, isBase64Encoded);
    }

    /** The body as UTF-8 text, base64-decoded when Lambda sent it so; empty when there is none. */
    public String bodyText() {
        return Bodies.text(body, isBase64Encoded);
    }
}
