package dev.lambdashim.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lambdashim.events.AlbRequest;
import dev.lambdashim.events.AlbResponse;
import dev.lambdashim.events.ApiGatewayRequest;
import dev.lambdashim.events.ApiGatewayResponse;
import dev.lambdashim.events.BatchResponse;
import dev.lambdashim.events.CloudWatchLogsEvent;
import dev.lambdashim.events.DynamoDbEvent;
import dev.lambdashim.events.EventBridgeEvent;
import dev.lambdashim.events.FunctionUrlRequest;
import dev.lambdashim.events.FunctionUrlResponse;
import dev.lambdashim.events.HttpApiRequest;
import dev.lambdashim.events.HttpApiResponse;
import dev.lambdashim.events.KafkaEvent;
import dev.lambdashim.events.KinesisEvent;
import dev.lambdashim.events.S3Event;
import dev.lambdashim.events.SnsEvent;
import dev.lambdashim.events.SqsEvent;
import dev.lambdashim.events.WebSocketRequest;
import dev.lambdashim.runtime.handler.JsonCodec;
import dev.lambdashim.runtime.json.TypedFixtures.Customer;
import dev.lambdashim.runtime.json.TypedFixtures.Line;
import dev.lambdashim.runtime.json.TypedFixtures.Order;
import dev.lambdashim.runtime.json.TypedFixtures.Page;
import dev.lambdashim.runtime.json.TypedFixtures.Status;
import dev.lambdashim.runtime.json.TypedFixtures.Tree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * TypedJson against the runtime's default ObjectMapper: on AWS's sample events bound to lambda-events' records, on
 * users' records and beans, on corners and on thousands of generated and damaged documents: whatever it decides is
 * databind's value, written back as databind's bytes; whatever databind refuses, it leaves to databind.
 */
class TypedJsonTest {

    private static final ObjectMapper MAPPER = JsonCodec.get().mapper();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectReader reader(Type type) {
        return MAPPER.readerFor(MAPPER.getTypeFactory().constructType(type))
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** What TypedJson writes for a value, or null when it leaves the value to databind. */
    private static byte[] written(TypedJson json, Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return json.write(out, value) ? out.toByteArray() : null;
    }

    /**
     * Compares TypedJson with databind on one document: 1 when TypedJson decided it (the same value, the same bytes
     * written back), 0 when it left it to databind; never decided where databind refuses.
     */
    private static int compare(Type type, byte[] json) throws IOException {
        return compare(TypedJson.forEvent(type), type, json);
    }

    /** With one binder per type, as a function has: its members' calls go to method handles after a few documents. */
    private static int compare(TypedJson typed, Type type, byte[] json) throws IOException {
        assertNotNull(typed, () -> "TypedJson binds " + type.getTypeName());
        Object value = typed.read(json);
        Object expected;
        try {
            expected = reader(type).readValue(json);
        } catch (IOException e) {
            assertSame(PlainJson.UNDECIDED, value, () -> "databind refuses (" + e.getMessage() + ") but TypedJson read "
                    + new String(json, StandardCharsets.UTF_8) + " as " + type.getTypeName());
            return 0;
        }
        if (value == PlainJson.UNDECIDED) {
            return 0;
        }
        String doc = type.getTypeName() + ": " + new String(json, StandardCharsets.UTF_8);
        if (type != KafkaEvent.class) { // a record holding an int[] (Kafka's headers) equals only itself: bytes below
            assertEquals(expected, value, doc);
        }
        byte[] databindBytes = MAPPER.writer().writeValueAsBytes(expected);
        assertEquals(new String(databindBytes, StandardCharsets.UTF_8),
                new String(MAPPER.writer().writeValueAsBytes(value), StandardCharsets.UTF_8), doc);
        byte[] own = written(typed, value);
        assertNotNull(own, () -> "TypedJson writes what it read: " + doc);
        assertArrayEquals(databindBytes, own, () -> doc + "\n written " + new String(own, StandardCharsets.UTF_8));
        return 1;
    }

    /** Every AWS sample (src/test/resources/events) as its lambda-events record, as EventRoundTripTest maps them. */
    private static final Map<String, Type> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("rest-api.json", ApiGatewayRequest.class);
        SAMPLES.put("rest-api-bench.json", ApiGatewayRequest.class);
        SAMPLES.put("http-api.json", HttpApiRequest.class);
        SAMPLES.put("function-url.json", FunctionUrlRequest.class);
        SAMPLES.put("alb.json", AlbRequest.class);
        SAMPLES.put("alb-multi-value.json", AlbRequest.class);
        SAMPLES.put("websocket.json", WebSocketRequest.class);
        SAMPLES.put("websocket-message.json", WebSocketRequest.class);
        SAMPLES.put("websocket-disconnect.json", WebSocketRequest.class);
        SAMPLES.put("sqs.json", SqsEvent.class);
        SAMPLES.put("sns.json", SnsEvent.class);
        SAMPLES.put("s3.json", S3Event.class);
        SAMPLES.put("eventbridge.json", new TypeReference<EventBridgeEvent<Map<String, Object>>>() { }.getType());
        SAMPLES.put("eventbridge-scheduled.json",
                new TypeReference<EventBridgeEvent<Map<String, Object>>>() { }.getType());
        SAMPLES.put("dynamodb.json", DynamoDbEvent.class);
        SAMPLES.put("kinesis.json", KinesisEvent.class);
        SAMPLES.put("kafka-msk.json", KafkaEvent.class);
        SAMPLES.put("kafka-self-managed.json", KafkaEvent.class);
        SAMPLES.put("cloudwatch-logs.json", CloudWatchLogsEvent.class);
        SAMPLES.put("cloudwatch-logs-decoded.json", CloudWatchLogsEvent.LogsData.class);
        SAMPLES.put("rest-api-response.json", ApiGatewayResponse.class);
        SAMPLES.put("http-api-response.json", HttpApiResponse.class);
        SAMPLES.put("function-url-response.json", FunctionUrlResponse.class);
        SAMPLES.put("alb-response.json", AlbResponse.class);
        SAMPLES.put("alb-multi-value-response.json", AlbResponse.class);
        SAMPLES.put("batch-response.json", BatchResponse.class);
    }

    @Test
    void bindsEveryAwsSampleToItsLambdaEventsRecordAsDatabindDoes() throws Exception {
        for (Map.Entry<String, Type> sample : SAMPLES.entrySet()) {
            byte[] json = Files.readAllBytes(Paths.get("src/test/resources/events", sample.getKey()));
            assertEquals(1, compare(sample.getValue(), json), () -> sample.getKey() + " is decided by TypedJson");
        }
        try (var files = Files.list(Paths.get("src/test/resources/events"))) {
            assertEquals(SAMPLES.size(), files.count(), "every sample is mapped");
        }
    }

    /** Hand-made documents for users' types: every property kind, absent, null, unknown, nested, generic. */
    @Test
    void bindsUsersRecordsAndBeansAsDatabindDoes() throws Exception {
        String order = "{\"id\":\"o-1\",\"customer\":9223372036854775807,\"gift\":true,\"weight\":2.5,"
                + "\"priority\":null,\"status\":\"SHIPPED\",\"placed\":\"2026-12-07T18:30:00.120Z\","
                + "\"due\":\"2026-12-24\",\"lines\":[{\"sku\":\"tea\",\"quantity\":2,\"price\":4.10,"
                + "\"note\":\"green\"},{\"sku\":\"cup\",\"quantity\":1,\"price\":12,\"note\":null}],"
                + "\"tags\":{\"a\":\"b\",\"c\":null},\"labels\":[\"x\",\"y\",\"x\"],\"batches\":{\"k\":[1,2],"
                + "\"j\":[]},\"featured\":{\"sku\":\"pot\"},\"serial\":123456789012345678901234567890,"
                + "\"extra\":[1,2.5,{\"z\":null}],\"attributes\":{\"n\":1e2,\"big\":18446744073709551616},"
                + "\"ignored\":{\"deep\":[true]}}";
        assertEquals(1, compare(Order.class, utf8(order)));
        assertEquals(1, compare(Order.class, utf8("{}")));
        assertEquals(1, compare(Order.class, utf8("null")));
        assertEquals(1, compare(Order.class, utf8("{\"weight\":3,\"status\":\"CANCELLED\",\"featured\":null}")));
        assertEquals(1, compare(new TypeReference<Page<Line>>() { }.getType(),
                utf8("{\"items\":[{\"sku\":\"a\",\"quantity\":1}],\"next\":null,\"count\":1}")));
        assertEquals(1, compare(new TypeReference<List<Page<Map<String, Object>>>>() { }.getType(),
                utf8("[{\"items\":[{\"a\":1.5}],\"count\":2},null]")));
        assertEquals(1, compare(Tree.class, utf8("{\"name\":\"r\",\"children\":[{\"name\":\"c\",\"children\":[]}]}")));
        assertEquals(1, compare(TypedFixtures.Renamed.class,
                utf8("{\"Name\":\"n\",\"is-ok\":true,\"name\":\"ignored\"}")));
        assertEquals(1, compare(TypedFixtures.Renamed.class, utf8("{\"tree\":null}")));
        assertEquals(1, compare(Customer.class,
                utf8("{\"name\":\"Ada\",\"age\":36,\"vip\":true,\"emails\":[\"a@b\"],\"status\":\"NEW\"}")));
        assertEquals(1, compare(Customer.class, utf8("{\"unknown\":1}")));
        assertEquals(1, compare(TypedFixtures.Wrapper.class,
                utf8("{\"customer\":{\"name\":\"B\"},\"lines\":{\"items\":[],\"count\":0}}")));
        assertEquals(1, compare(TypedFixtures.Checked.class, utf8("{\"id\":\"x\"}")));
        assertEquals(1, compare(TypedFixtures.Flagged.class,
                utf8("{\"isBase64Encoded\":true,\"isActive\":false,\"base64Encoded\":false,\"body\":\"b\"}")));
        // Left to databind, which decides each in its own way (coerces, refuses, or says something TypedJson does not).
        for (String undecided : List.of("{\"id\":7}", "{\"customer\":\"12\"}", "{\"gift\":1}", "{\"status\":\"nope\"}",
                "{\"status\":0}", "{\"placed\":1733596200}", "{\"placed\":\"2026-12-07T18:30:00+01:00\"}",
                "{\"customer\":null}", "{\"id\":\"a\",\"id\":\"b\"}", "[]", "\"x\"", "{\"lines\":{}}",
                "{\"priority\":1.5}", "{\"serial\":1.5}", "{} {}", "{\"id\":")) {
            assertEquals(0, compare(Order.class, utf8(undecided)), undecided);
        }
        assertEquals(0, compare(TypedFixtures.Checked.class, utf8("{\"id\":\"\"}")), "the constructor's refusal");
    }

    @Test
    void agreesWithDatabindOnGeneratedAndDamagedDocuments() throws Exception {
        Random random = new Random(20261207);
        List<Type> types = List.of(Order.class, Customer.class, TypedFixtures.Renamed.class, Tree.class,
                TypedFixtures.Wrapper.class, ApiGatewayRequest.class, SqsEvent.class, DynamoDbEvent.class);
        Map<Type, TypedJson> binders = new HashMap<>();
        int decided = 0;
        int left = 0;
        for (int i = 0; i < 12_000; i++) {
            Type type = types.get(i % types.size());
            byte[] json = utf8(RandomTyped.value(random, type, 0));
            if (i % 3 == 2) {
                json = RandomJson.damage(random, json);
            }
            int one = compare(binders.computeIfAbsent(type, TypedJson::forEvent), type, json);
            decided += one;
            left += 1 - one;
        }
        assertTrue(decided > 3_000 && left > 3_000, "decided " + decided + ", left to databind " + left);
    }

    @Test
    void writesTheBytesDatabindWrites() throws Exception {
        TypedJson typed = TypedJson.forEvent(null);
        Customer customer = new Customer();
        customer.setName("caf\u00e9 \ud83d\ude00");
        customer.setEmails(List.of());
        List<Object> values = new ArrayList<>(List.of(
                new Order("o", 1, false, -0.0, 3, Status.CANCELLED, Instant.ofEpochSecond(0, 1),
                        LocalDate.of(2026, 1, 2), List.of(new Line("s", 1, new BigDecimal("1E+3"), Optional.empty())),
                        Map.of("a", "b"), new TreeSet<>(Set.of("b", "a")), Map.of("k", List.of(1)),
                        Optional.of(new Line(null, 0, null, Optional.of("n"))), BigInteger.TEN, 1.5f,
                        new LinkedHashMap<>()),
                customer, new TypedFixtures.Renamed(null, false, new Tree("t", null)),
                new TypedFixtures.Renamed("n", null, null), Status.NEW, Optional.empty(), Optional.of(List.of(1)),
                new Page<>(List.of(Status.SHIPPED, Instant.parse("2026-12-07T18:30:00Z")), "n", 2),
                ApiGatewayResponse.of(200, "text/plain", "ok"), HttpApiResponse.binary(201, "image/png", new byte[] {1}),
                BatchResponse.failures(List.of("m1")), new int[] {1, -2}, "plain", 1, Map.of(),
                new TypedFixtures.Flagged(true, null, "b")));
        for (Object value : values) {
            byte[] own = written(typed, value);
            assertNotNull(own, () -> "TypedJson writes " + value);
            assertArrayEquals(MAPPER.writer().writeValueAsBytes(value), own,
                    () -> value + " -> " + new String(own, StandardCharsets.UTF_8));
        }
        // What databind alone writes: TypedJson leaves it, and can still write what comes after.
        for (Object value : List.of(new TypedFixtures.Ignoring("a", "b"), List.of(new TypedFixtures.Dog("rex")),
                new TypedFixtures.Kennel(
                new TypedFixtures.Dog("rex")), new TypedFixtures.WithCoded(TypedFixtures.Coded.ONE),
                new TypedFixtures.ExtraGetter("a"), new TypedFixtures.Computed(), new TypedFixtures.NonEmpty(""),
                List.of(new TypedFixtures.WithArray(new String[] {"x"})), Map.of(1, "integer key"), new char[] {'c'},
                new StringBuilder("sb"), Optional.of(new java.util.Date(0)))) {
            assertNull(written(typed, value), () -> "left to databind: " + value);
        }
        assertNotNull(written(typed, new Line("x", 1, BigDecimal.ONE, Optional.empty())));
    }

    @Test
    void leavesTypesWithWhatItDoesNotDecideToDatabind() {
        for (Type type : List.of(TypedFixtures.Ignoring.class, TypedFixtures.Creating.class,
                TypedFixtures.Kennel.class, TypedFixtures.Animal.class, TypedFixtures.Required.class,
                TypedFixtures.WithCoded.class, TypedFixtures.WithFloat.class, TypedFixtures.WithArray.class,
                TypedFixtures.WithIntKeys.class, TypedFixtures.ExtraGetter.class, TypedFixtures.ReadOnly.class,
                TypedFixtures.Computed.class, java.util.Date.class, Page.class, char.class, Object[].class)) {
            assertNull(TypedJson.forEvent(type), type.getTypeName());
        }
        assertNotSame(null, TypedJson.forEvent(Order.class));
        assertFalse(TypedJson.forEvent(Order.class) == null);
    }
}
