package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Amazon S3 event notifications. The object key arrives URL-encoded ({@code +} for a space): see
 * {@link S3Object#decodedKey()}.
 *
 * @param records the notifications
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3Event(@JsonProperty("Records") List<S3Record> records) {

    /**
     * One notification.
     *
     * @param eventTime ISO-8601 as S3 writes it; see {@link #instant()}
     * @param eventName e.g. {@code ObjectCreated:Put}
     * @param responseElements S3's {@code x-amz-request-id} and {@code x-amz-id-2}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record S3Record(
            String eventVersion,
            String eventSource,
            String awsRegion,
            String eventTime,
            String eventName,
            UserIdentity userIdentity,
            RequestParameters requestParameters,
            Map<String, String> responseElements,
            S3 s3,
            GlacierEventData glacierEventData) {

        /** {@code eventTime} as an instant, or {@code null}. */
        public Instant instant() {
            return eventTime == null ? null : Instant.parse(eventTime);
        }
    }

    /** The principal that caused the event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserIdentity(String principalId) {
    }

    /** The request's source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestParameters(String sourceIPAddress) {
    }

    /** The bucket and object. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record S3(String s3SchemaVersion, String configurationId, Bucket bucket, S3Object object) {
    }

    /** The bucket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(String name, UserIdentity ownerIdentity, String arn) {
    }

    /**
     * The object.
     *
     * @param key URL-encoded; see {@link #decodedKey()}
     * @param size bytes (absent for deletions)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record S3Object(String key, Long size, String eTag, String versionId, String sequencer) {

        /** The key as it is in the bucket: S3 sends it URL-encoded, with {@code +} for spaces. */
        public String decodedKey() {
            return key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8);
        }
    }

    /** For {@code ObjectRestore:Completed}: the restored copy's expiry and storage class. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GlacierEventData(RestoreEventData restoreEventData) {
    }

    /** When the restored copy expires, and its storage class. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RestoreEventData(String lifecycleRestorationExpiryTime, String lifecycleRestoreStorageClass) {
    }
}
