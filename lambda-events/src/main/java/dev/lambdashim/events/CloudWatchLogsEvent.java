package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * CloudWatch Logs subscription data: log events, gzipped and base64-encoded in {@code awslogs.data}.
 * {@link AwsLogs#decodedData()} gives the JSON inside; read it as {@link LogsData} with your JSON mapper.
 *
 * @param awslogs the encoded data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudWatchLogsEvent(AwsLogs awslogs) {

    /**
     * The encoded data.
     *
     * @param data base64 of gzip of JSON ({@link LogsData})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AwsLogs(String data) {

        /** The JSON inside {@code data}: base64-decoded, then gunzipped. */
        public String decodedData() {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getMimeDecoder().decode(data)))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("awslogs.data is not gzip data", e);
            }
        }
    }

    /**
     * What {@code awslogs.data} holds.
     *
     * @param messageType {@code DATA_MESSAGE}, or {@code CONTROL_MESSAGE} for CloudWatch's reachability checks
     * @param policyLevel for an account-level subscription filter
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogsData(
            String messageType,
            String owner,
            String logGroup,
            String logStream,
            List<String> subscriptionFilters,
            List<LogEvent> logEvents,
            String policyLevel) {
    }

    /**
     * One log event.
     *
     * @param timestamp epoch milliseconds
     * @param extractedFields the fields a space-delimited filter pattern extracted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogEvent(String id, Long timestamp, String message, Map<String, String> extractedFields) {
    }
}
