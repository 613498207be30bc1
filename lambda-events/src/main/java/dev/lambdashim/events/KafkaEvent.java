package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch of Kafka records, from Amazon MSK ({@code eventSource} {@code aws:kafka}, with {@code eventSourceArn}) or a
 * self-managed cluster ({@code SelfManagedKafka}).
 *
 * @param bootstrapServers the brokers, comma-separated
 * @param records the records by {@code topic-partition}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KafkaEvent(
        String eventSource,
        String eventSourceArn,
        String bootstrapServers,
        Map<String, List<KafkaRecord>> records) {

    /**
     * One record.
     *
     * @param timestamp epoch milliseconds; see {@link #instant()}
     * @param timestampType {@code CREATE_TIME} or {@code LOG_APPEND_TIME}
     * @param key base64; see {@link #keyBytes()}
     * @param value base64; see {@link #valueBytes()}
     * @param headers each header as Lambda sends it: its name, and its value as the array of byte values; see
     *     {@link #headerBytes()}
     * @param keySchemaMetadata with a schema registry: the key's format and schema id
     * @param valueSchemaMetadata with a schema registry: the value's format and schema id
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KafkaRecord(
            String topic,
            Integer partition,
            Long offset,
            Long timestamp,
            String timestampType,
            String key,
            String value,
            List<Map<String, int[]>> headers,
            SchemaMetadata keySchemaMetadata,
            SchemaMetadata valueSchemaMetadata) {

        /** The key's bytes, or {@code null} for a record without a key. */
        public byte[] keyBytes() {
            return Bodies.base64(key);
        }

        /** The value's bytes, or {@code null} for a tombstone. */
        public byte[] valueBytes() {
            return Bodies.base64(value);
        }

        /** {@code timestamp} as an instant, or {@code null}. */
        public Instant instant() {
            return timestamp == null ? null : Instant.ofEpochMilli(timestamp);
        }

        /** The headers in order, each name with its value as bytes (a name may repeat). */
        public List<Map.Entry<String, byte[]>> headerBytes() {
            List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
            if (headers != null) {
                for (Map<String, int[]> header : headers) {
                    header.forEach((name, values) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(name,
                            toBytes(values))));
                }
            }
            return entries;
        }

        /** The first value of the header, as bytes; {@code null} when there is none. */
        public byte[] header(String name) {
            for (Map.Entry<String, byte[]> entry : headerBytes()) {
                if (entry.getKey().equals(name)) {
                    return entry.getValue();
                }
            }
            return null;
        }

        private static byte[] toBytes(int[] values) {
            if (values == null) {
                return null;
            }
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i]; // 0-255 and -128-127 both map to the same byte
            }
            return bytes;
        }
    }

    /** A schema registry's description of a key or value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SchemaMetadata(String dataFormat, String schemaId) {
    }
}
