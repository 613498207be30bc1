package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A batch of DynamoDB Streams records. Items are in DynamoDB's typed form ({@link AttributeValue}); {@link
 * StreamRecord#newItem()} and {@link StreamRecord#oldItem()} give them as plain Java values. To fail only some
 * records, return a {@link BatchResponse} naming their {@code SequenceNumber}s.
 *
 * @param records the stream records, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DynamoDbEvent(@JsonProperty("Records") List<DynamoDbRecord> records) {

    /**
     * One change.
     *
     * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}
     * @param userIdentity set for a deletion by TTL ({@code Service}, {@code dynamodb.amazonaws.com})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DynamoDbRecord(
            String eventID,
            String eventName,
            String eventVersion,
            String eventSource,
            String awsRegion,
            StreamRecord dynamodb,
            @JsonProperty("eventSourceARN") String eventSourceARN,
            UserIdentity userIdentity) {
    }

    /**
     * The change itself, with DynamoDB's capitalized names.
     *
     * @param approximateCreationDateTime epoch seconds, as sent; see {@link #creationInstant()}
     * @param streamViewType {@code KEYS_ONLY}, {@code NEW_IMAGE}, {@code OLD_IMAGE} or {@code NEW_AND_OLD_IMAGES}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StreamRecord(
            @JsonProperty("ApproximateCreationDateTime") BigDecimal approximateCreationDateTime,
            @JsonProperty("Keys") Map<String, AttributeValue> keys,
            @JsonProperty("NewImage") Map<String, AttributeValue> newImage,
            @JsonProperty("OldImage") Map<String, AttributeValue> oldImage,
            @JsonProperty("SequenceNumber") String sequenceNumber,
            @JsonProperty("SizeBytes") Long sizeBytes,
            @JsonProperty("StreamViewType") String streamViewType) {

        /** {@code ApproximateCreationDateTime} as an instant, or {@code null}. */
        public Instant creationInstant() {
            if (approximateCreationDateTime == null) {
                return null;
            }
            BigDecimal nanos = approximateCreationDateTime.movePointRight(9);
            return Instant.ofEpochSecond(0, nanos.longValue());
        }

        /** {@code Keys} as Java values (see {@link AttributeValue#toJava()}), or {@code null}. */
        public Map<String, Object> keyValues() {
            return AttributeValue.toJava(keys);
        }

        /** {@code NewImage} as Java values (see {@link AttributeValue#toJava()}), or {@code null}. */
        public Map<String, Object> newItem() {
            return AttributeValue.toJava(newImage);
        }

        /** {@code OldImage} as Java values (see {@link AttributeValue#toJava()}), or {@code null}. */
        public Map<String, Object> oldItem() {
            return AttributeValue.toJava(oldImage);
        }
    }

    /** Who made the change, when it was not an application (a TTL deletion). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserIdentity(String type, String principalId) {
    }
}
