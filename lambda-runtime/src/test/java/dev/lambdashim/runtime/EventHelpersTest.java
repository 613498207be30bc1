package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.EventRoundTripTest.resource;
import static dev.lambdashim.runtime.RuntimeTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdashim.runtime.fixtures.EventHelpers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * lambda-events' helpers (bodies decoded, times as instants, stream data as bytes, DynamoDB values as Java, the logs'
 * gzip data) on AWS's sample events, in a handler run by the real runtime process.
 */
class EventHelpersTest {

    private static JsonNode answer(String method, String sample) throws Exception {
        return json(RuntimeTestSupport.respond(EventHelpers.class.getName() + "::" + method, resource(sample)));
    }

    @Test
    void httpBodiesAreDecodedAndTimesAreInstants() throws Exception {
        JsonNode rest = answer("restApi", "rest-api.json"); // base64 body
        assertEquals("{\"test\":\"body\"}", rest.get("body").asText());
        assertEquals(15, rest.get("bytes").asInt());
        assertEquals("2015-04-09T12:34:56Z", rest.get("time").asText());
        JsonNode http = answer("httpApi", "http-api.json"); // text body
        assertEquals("Hello from Lambda", http.get("body").asText());
        assertEquals("2020-03-04T19:03:58.390Z", http.get("time").asText());
        assertEquals("request_body", answer("alb", "alb-multi-value.json").get("body").asText());
    }

    @Test
    void queueAndNotificationTimes() throws Exception {
        JsonNode sqs = answer("sqs", "sqs.json");
        assertEquals("2018-12-17T21:37:29.183Z", sqs.get("sent").asText());
        assertEquals("2018-12-17T21:37:29.185Z", sqs.get("firstReceive").asText());
        assertEquals("[1, 2, 3]", sqs.get("binary").asText());
        assertEquals("2019-01-02T12:45:07Z", answer("sns", "sns.json").get("time").asText());
        JsonNode s3 = answer("s3", "s3.json");
        assertEquals("test/key", s3.get("key").asText());
        assertEquals("1970-01-01T00:00:00Z", s3.get("time").asText());
        JsonNode bridge = answer("eventBridge", "eventbridge-scheduled.json");
        assertEquals("2019-03-01T01:23:45Z", bridge.get("time").asText());
        assertEquals("Scheduled Event", bridge.get("detailType").asText());
    }

    @Test
    void dynamoDbValuesAsJava() throws Exception {
        JsonNode item = answer("dynamoDb", "dynamodb.json");
        assertEquals("2015-04-09T00:00:00Z", item.get("time").asText());
        assertEquals("String:This item has changed", item.get("Message").asText());
        assertEquals("BigDecimal:101", item.get("Id").asText());
        assertEquals("Set[String:a, String:b]", item.get("Tags").asText());
        assertEquals("Set[BigDecimal:1, BigDecimal:2.5]", item.get("Scores").asText());
        assertEquals("byte[][1, 2, 3]", item.get("Blob").asText());
        assertEquals("List[byte[][1, 2, 3], byte[][4, 5, 6]]", item.get("Blobs").asText());
        assertEquals("Map[Active=Boolean:true, Nothing=null, History=List[String:created, BigDecimal:3]]",
                item.get("Details").asText());
        assertEquals("Map[Id=BigDecimal:101]", item.get("keys").asText());
        assertEquals("Map[Message=String:New item!, Id=BigDecimal:101]", item.get("old").asText());
    }

    @Test
    void streamRecordsAsBytes() throws Exception {
        JsonNode kinesis = answer("kinesis", "kinesis.json");
        assertEquals("Hello, this is a test.", kinesis.get("data").asText());
        assertEquals("2018-12-17T22:10:50.987Z", kinesis.get("time").asText());
        JsonNode kafka = answer("kafka", "kafka-msk.json");
        assertEquals("Hello, this is a test.", kafka.get("value").asText());
        assertEquals("2018-12-17T22:10:50.987Z", kafka.get("time").asText());
        assertEquals("headerValue", kafka.get("header").asText());
        assertEquals(1, kafka.get("headers").asInt());
    }

    @Test
    void cloudWatchLogsDataIsGunzipped() throws Exception {
        JsonNode data = json(json(RuntimeTestSupport.respond(EventHelpers.class.getName() + "::cloudWatchLogs",
                resource("cloudwatch-logs.json"))).asText());
        assertEquals(json(resource("cloudwatch-logs-decoded.json")), data);
        assertEquals(List.of("LambdaStream_cloudwatchlogs-node"),
                List.of(data.get("subscriptionFilters").get(0).asText()));
    }
}
