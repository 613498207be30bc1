package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway REST API proxy request (payload format 1.0; an HTTP API sends the same shape with
 * {@code "version": "1.0"}). Fields Lambda leaves out, or sends as {@code null}, are {@code null}.
 *
 * @param version {@code "1.0"} from an HTTP API, absent from a REST API
 * @param resource the resource path template, e.g. {@code /orders/{id}}
 * @param path the request path
 * @param httpMethod GET, POST, ...
 * @param headers the last value of each header
 * @param multiValueHeaders every value of each header
 * @param queryStringParameters the last value of each query parameter (decoded)
 * @param multiValueQueryStringParameters every value of each query parameter (decoded)
 * @param pathParameters the values of the resource's path variables
 * @param stageVariables the stage's variables
 * @param requestContext who called, through which API and stage
 * @param body the body: text, or base64 when {@code isBase64Encoded}; see {@link #bodyBytes()}
 * @param isBase64Encoded whether {@code body} is base64
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiGatewayRequest(
        String version,
        String resource,
        String path,
        String httpMethod,
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        Map<String, String> queryStringParameters,
        Map<String, List<String>> multiValueQueryStringParameters,
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
     * @param authorizer what the authorizer returned: Cognito's {@code claims} and {@code scopes}, a Lambda
     *     authorizer's context and {@code principalId}, as sent
     * @param requestTimeEpoch the request's time in epoch milliseconds; see {@link #requestInstant()}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestContext(
            String accountId,
            String apiId,
            Map<String, Object> authorizer,
            String domainName,
            String domainPrefix,
            String extendedRequestId,
            String httpMethod,
            Identity identity,
            String operationName,
            String path,
            String protocol,
            String requestId,
            String requestTime,
            Long requestTimeEpoch,
            String resourceId,
            String resourcePath,
            String stage) {

        /** {@code requestTimeEpoch} as an instant, or {@code null}. */
        public Instant requestInstant() {
            return requestTimeEpoch == null ? null : Instant.ofEpochMilli(requestTimeEpoch);
        }
    }

    /** The caller: its source IP and user agent, and its IAM or Cognito identity when the API authenticates it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identity(
            String accessKey,
            String accountId,
            String apiKey,
            String apiKeyId,
            String caller,
            ClientCert clientCert,
            String cognitoAuthenticationProvider,
            String cognitoAuthenticationType,
            String cognitoIdentityId,
            String cognitoIdentityPoolId,
            String principalOrgId,
            String sourceIp,
            String user,
            String userAgent,
            String userArn,
            String vpcId,
            String vpceId) {
    }

    /** The client's certificate, with mutual TLS. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientCert(
            String clientCertPem,
            String subjectDN,
            String issuerDN,
            String serialNumber,
            Validity validity) {
    }

    /** The certificate's validity, in the text API Gateway sends ({@code May 28 12:30:02 2019 GMT}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Validity(String notBefore, String notAfter) {
    }
}
