package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.runtime.fixtures.EventEchoes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AWS's sample payload of every event type (src/test/resources/events, from AWS's documentation) goes through a real
 * runtime process into its lambda-events record and back out as the handler's result: nothing is lost, nothing
 * added, numbers and times keep their meaning.
 */
class EventRoundTripTest {

    static String resource(String name) throws IOException {
        try (InputStream in = EventRoundTripTest.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IOException("no test resource events/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
        "restApi, rest-api.json",
        "restApi, rest-api-bench.json",
        "httpApi, http-api.json",
        "functionUrl, function-url.json",
        "alb, alb.json",
        "alb, alb-multi-value.json",
        "webSocket, websocket.json",
        "webSocket, websocket-message.json",
        "webSocket, websocket-disconnect.json",
        "sqs, sqs.json",
        "sns, sns.json",
        "s3, s3.json",
        "eventBridge, eventbridge.json",
        "eventBridge, eventbridge-scheduled.json",
        "dynamoDb, dynamodb.json",
        "kinesis, kinesis.json",
        "kafka, kafka-msk.json",
        "kafka, kafka-self-managed.json",
        "cloudWatchLogs, cloudwatch-logs.json",
        "logsData, cloudwatch-logs-decoded.json",
        "restApiResponse, rest-api-response.json",
        "httpApiResponse, http-api-response.json",
        "functionUrlResponse, function-url-response.json",
        "albResponse, alb-response.json",
        "albResponse, alb-multi-value-response.json",
        "batchResponse, batch-response.json",
    })
    void theSampleComesBackWithNothingLost(String method, String sample) throws Exception {
        String event = resource(sample);
        JsonNode sent = json(event);
        JsonNode back = json(RuntimeTestSupport.respond(EventEchoes.class.getName() + "::" + method, event));
        List<String> differences = JsonMeaning.differences(sent, back);
        assertEquals(List.of(), differences, () -> "sent " + sent + "\nwritten back " + back);
        assertTrue(back.size() > 0, "something was written back");
    }
}
