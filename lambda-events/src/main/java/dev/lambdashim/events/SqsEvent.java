package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A batch of Amazon SQS messages. To fail only some of them, return a {@link BatchResponse} naming their
 * {@code messageId}s (the event source mapping needs {@code ReportBatchItemFailures}).
 *
 * @param records the messages, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SqsEvent(@JsonProperty("Records") List<Message> records) {

    /**
     * One message.
     *
     * @param attributes SQS's system attributes as sent ({@code ApproximateReceiveCount}, {@code SentTimestamp},
     *     {@code SenderId}, {@code ApproximateFirstReceiveTimestamp}, {@code MessageGroupId}, {@code AWSTraceHeader},
     *     ...), all strings; times are epoch milliseconds, see {@link #sentInstant()}
     * @param messageAttributes the sender's message attributes
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(
            String messageId,
            String receiptHandle,
            String body,
            Map<String, String> attributes,
            Map<String, MessageAttribute> messageAttributes,
            String md5OfBody,
            String md5OfMessageAttributes,
            String eventSource,
            @JsonProperty("eventSourceARN") String eventSourceARN,
            String awsRegion) {

        /** The {@code SentTimestamp} attribute as an instant, or {@code null}. */
        public Instant sentInstant() {
            return epochMillis("SentTimestamp");
        }

        /** The {@code ApproximateFirstReceiveTimestamp} attribute as an instant, or {@code null}. */
        public Instant firstReceiveInstant() {
            return epochMillis("ApproximateFirstReceiveTimestamp");
        }

        private Instant epochMillis(String attribute) {
            String value = attributes == null ? null : attributes.get(attribute);
            return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
        }
    }

    /**
     * A message attribute: {@code dataType} {@code String}, {@code Number} (a string) or {@code Binary} (base64).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageAttribute(
            String stringValue,
            String binaryValue,
            List<String> stringListValues,
            List<String> binaryListValues,
            String dataType) {

        /** {@code binaryValue} decoded, or {@code null}. */
        public byte[] binaryBytes() {
            return Bodies.base64(binaryValue);
        }
    }
}
