package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A batch of Kinesis Data Streams records. To fail only some, return a {@link BatchResponse} naming their
 * {@code sequenceNumber}s.
 *
 * @param records the records, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KinesisEvent(@JsonProperty("Records") List<KinesisEventRecord> records) {

    /** One record with where it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KinesisEventRecord(
            Kinesis kinesis,
            String eventSource,
            String eventVersion,
            String eventID,
            String eventName,
            String invokeIdentityArn,
            String awsRegion,
            @JsonProperty("eventSourceARN") String eventSourceARN) {
    }

    /**
     * The record.
     *
     * @param data the payload, base64; see {@link #dataBytes()}
     * @param approximateArrivalTimestamp epoch seconds with a fraction, as sent; see {@link #arrivalInstant()}
     * @param encryptionType {@code KMS} when the stream is encrypted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Kinesis(
            String kinesisSchemaVersion,
            String partitionKey,
            String sequenceNumber,
            String data,
            BigDecimal approximateArrivalTimestamp,
            String encryptionType) {

        /** The payload's bytes. */
        public byte[] dataBytes() {
            return Bodies.base64(data);
        }

        /** {@code approximateArrivalTimestamp} as an instant, or {@code null}. */
        public Instant arrivalInstant() {
            return approximateArrivalTimestamp == null ? null
                    : Instant.ofEpochSecond(0, approximateArrivalTimestamp.movePointRight(9).longValue());
        }
    }
}
