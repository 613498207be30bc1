package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Amazon SNS notifications (one per invocation in practice). SNS capitalizes its field names; the record components
 * are camel case, the JSON names SNS's own.
 *
 * @param records the notifications
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsEvent(@JsonProperty("Records") List<SnsRecord> records) {

    /** One notification with its subscription. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SnsRecord(
            @JsonProperty("EventVersion") String eventVersion,
            @JsonProperty("EventSubscriptionArn") String eventSubscriptionArn,
            @JsonProperty("EventSource") String eventSource,
            @JsonProperty("Sns") Notification sns) {
    }

    /**
     * The notification.
     *
     * @param timestamp when it was published, ISO-8601 as SNS writes it; see {@link #instant()}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notification(
            @JsonProperty("SignatureVersion") String signatureVersion,
            @JsonProperty("Timestamp") String timestamp,
            @JsonProperty("Signature") String signature,
            @JsonProperty("SigningCertUrl") String signingCertUrl,
            @JsonProperty("MessageId") String messageId,
            @JsonProperty("Message") String message,
            @JsonProperty("MessageAttributes") Map<String, MessageAttribute> messageAttributes,
            @JsonProperty("Type") String type,
            @JsonProperty("UnsubscribeUrl") String unsubscribeUrl,
            @JsonProperty("TopicArn") String topicArn,
            @JsonProperty("Subject") String subject,
            @JsonProperty("MessageGroupId") String messageGroupId,
            @JsonProperty("MessageDeduplicationId") String messageDeduplicationId) {

        /** {@code Timestamp} as an instant, or {@code null}. */
        public Instant instant() {
            return timestamp == null ? null : Instant.parse(timestamp);
        }
    }

    /** A message attribute: {@code Type} {@code String}, {@code Number}, {@code Binary} or {@code String.Array}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageAttribute(@JsonProperty("Type") String type, @JsonProperty("Value") String value) {
    }
}
