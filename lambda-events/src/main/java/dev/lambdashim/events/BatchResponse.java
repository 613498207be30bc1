package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A partial batch failure, for SQS, Kinesis and DynamoDB Streams (with {@code ReportBatchItemFailures} on the event
 * source mapping): the items named are retried, the others are done. An empty list means the whole batch succeeded.
 *
 * @param batchItemFailures the failed items: SQS's {@code messageId}, or the stream record's {@code sequenceNumber}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResponse(List<ItemFailure> batchItemFailures) {

    /** The whole batch succeeded. */
    public static BatchResponse success() {
        return new BatchResponse(List.of());
    }

    /** These items failed: SQS message ids, or Kinesis/DynamoDB sequence numbers. */
    public static BatchResponse failures(List<String> itemIdentifiers) {
        return new BatchResponse(itemIdentifiers.stream().map(ItemFailure::new).toList());
    }

    /** One failed item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemFailure(String itemIdentifier) {
    }
}
