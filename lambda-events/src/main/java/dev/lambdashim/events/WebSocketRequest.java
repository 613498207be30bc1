package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An API Gateway WebSocket API event: {@code $connect} (with the handshake's headers and query), a message, or
 * {@code $disconnect}. Answer with an {@link ApiGatewayResponse} (its {@code statusCode}, and a {@code body} for a
 * two-way route).
 *
 * @param body the message, text or base64 when {@code isBase64Encoded}; see {@link #bodyBytes()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebSocketRequest(
        Map<String, String> headers,
        Map<String, List<String>> multiValueHeaders,
        Map<String, String> queryStringParameters,
        Map<String, List<String>> multiValueQueryStringParameters,
        Map<String, String> stageVariables,
        RequestContext requestContext,
        String body,
        @JsonProperty("isBase64Encoded") Boolean isBase64Encoded) {

    /** The message's bytes, base64-decoded when API Gateway sent it so; empty when there is none. */
    public byte[] bodyBytes() {
        return Bodies.bytes(body, isBase64Encoded);
    }

    /** The message as UTF-8 text, base64-decoded when API Gateway sent it so; empty when there is none. */
    public String bodyText() {
        return Bodies.text(body, isBase64Encoded);
    }

    /**
     * The connection and the route.
     *
     * @param eventType {@code CONNECT}, {@code MESSAGE} or {@code DISCONNECT}
     * @param connectedAt when the connection opened, epoch milliseconds; see {@link #connectedInstant()}
     * @param requestTimeEpoch this event's time, epoch milliseconds
     * @param disconnectStatusCode on {@code $disconnect}, the WebSocket close code (a number, such as {@code 1001})
     * @param disconnectReason on {@code $disconnect}, the close reason as sent (often empty)
     * @param authorizer what the {@code $connect} authorizer returned, as sent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestContext(
            String routeKey,
            String eventType,
            String messageId,
            String extendedRequestId,
            String requestTime,
            String messageDirection,
            Integer disconnectStatusCode,
            String disconnectReason,
            String stage,
            Long connectedAt,
            Long requestTimeEpoch,
            ApiGatewayRequest.Identity identity,
            Map<String, Object> authorizer,
            String requestId,
            String domainName,
            String connectionId,
            String apiId) {

        /** {@code connectedAt} as an instant, or {@code null}. */
        public Instant connectedInstant() {
            return connectedAt == null ? null : Instant.ofEpochMilli(connectedAt);
        }

        /** {@code requestTimeEpoch} as an instant, or {@code null}. */
        public Instant requestInstant() {
            return requestTimeEpoch == null ? null : Instant.ofEpochMilli(requestTimeEpoch);
        }
    }
}
