package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway HTTP API request, payload format 2.0 (a Function URL sends the same shape: {@link
 * FunctionUrlRequest}). Repeated headers and query parameters arrive joined with commas; {@code rawQueryString}
 * keeps them apart.
 *
 * @param version {@code "2.0"}
 * @param routeKey the matched route, e.g. {@code GET /orders/{id}} or {@code $default}
 * @param rawPath the request path, as sent
 * @param rawQueryString the query string, as sent (no {@code ?})
 * @param cookies the request's cookies, one {@code name=value} each
 * @param headers header names in lower case; repeated values joined with commas
 * @param queryStringParameters repeated values joined with commas
 * @param pathParameters the route's path variables
 * @param stageVariables the stage's variables
 * @param requestContext who called, through which API and stage
 * @param body text, or base64 when {@code isBase64Encoded}; see {@link #bodyBytes()}
 * @param isBase64Encoded whether {@code body} is base64
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HttpApiRequest(
        String version,
        String routeKey,
        String rawPath,
        String rawQueryString,
        List<String> cookies,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        Map<String, String> pathParameters,
        Map<String, String> stageVariables,
        RequestContext requestContext,
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

    /**
     * The request's context.
     *
     * @param time the request's time as API Gateway writes it ({@code 12/Mar/2020:19:03:58 +0000})
     * @param timeEpoch the same time in epoch milliseconds; see {@link #instant()}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestContext(
            String accountId,
            String apiId,
            Authentication authentication,
            Authorizer authorizer,
            String domainName,
            String domainPrefix,
            Http http,
            String requestId,
            String routeKey,
            String stage,
            String time,
            Long timeEpoch) {

        /** {@code timeEpoch} as an instant, or {@code null}. */
        public Instant instant() {
            return timeEpoch == null ? null : Instant.ofEpochMilli(timeEpoch);
        }
    }

    /** The HTTP request line and the caller. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Http(String method, String path, String protocol, String sourceIp, String userAgent) {
    }

    /** Mutual TLS: the client's certificate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Authentication(ApiGatewayRequest.ClientCert clientCert) {
    }

    /**
     * What authorized the request: a JWT authorizer's claims and scopes, IAM's caller, or a Lambda authorizer's
     * context (as that authorizer returned it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Authorizer(Jwt jwt, Iam iam, Map<String, Object> lambda) {
    }

    /** A JWT authorizer's result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Jwt(Map<String, Object> claims, List<String> scopes) {
    }

    /** The IAM caller (an {@code AWS_IAM} route or Function URL). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Iam(
            String accessKey,
            String accountId,
            String callerId,
            CognitoIdentity cognitoIdentity,
            String principalOrgId,
            String userArn,
            String userId) {
    }

    /** The Cognito identity behind IAM credentials. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CognitoIdentity(List<String> amr, String identityId, String identityPoolId) {
    }
}
