package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An Amazon EventBridge event, scheduled events included ({@code source} {@code aws.events}, {@code detail-type}
 * {@code Scheduled Event}, {@code detail} {@code {}}). Declare the detail's type in the handler:
 * {@code Handler<EventBridgeEvent<OrderPlaced>, Void>}; {@code EventBridgeEvent<Map<String, Object>>} takes any.
 *
 * @param <D> the type of {@code detail}
 * @param detailType the {@code detail-type}
 * @param time ISO-8601 as EventBridge writes it; see {@link #instant()}
 * @param replayName the archive replay that sent the event, when one did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventBridgeEvent<D>(
        String version,
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        String account,
        String time,
        String region,
        List<String> resources,
        @JsonProperty("replay-name") String replayName,
        D detail) {

    /** {@code time} as an instant, or {@code null}. */
    public Instant instant() {
        return time == null ? null : Instant.parse(time);
    }
}
