package dev.lambdashim.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static dev.lambdashim.runtime.json.SameValue.assertSameValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lambdashim.runtime.handler.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PlainJson against the runtime's default ObjectMapper, read the way the databind invoker reads (one value, nothing
 * after it): the same values of the same classes, the same bytes, and every document it cannot decide left to
 * databind.
 */
class PlainJsonTest {

    private static final ObjectMapper MAPPER = JsonCodec.get().mapper();

    /** Hand-made documents for the corners: numbers at every width, keys repeated, escapes, emoji, nesting. */
    private static final List<String> CORNERS = List.of(
            "{}", "[]", "null", "true", "false", "\"\"", "0", "-0", "7", "-2147483648", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "1.5", "-0.0", "0.1", "1e2", "1E-2", "1e400", "-1e400", "1e-400",
            "3.141592653589793238462643383279", "\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\n\\t\"",
            "\"\u00e9\u4e2d\ud83d\ude00\"", "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":null,\"a\":1}", "{\"\":\"\"}",
            "[1,[2,[3,[4,{\"x\":[5.5,null,true]}]]]]", "{\"k\":{\"k\":{\"k\":[]}}}", "  {\"spaced\" : [ 1 , 2 ] }  ",
            "{\"big\":18446744073709551616,\"small\":-1,\"f\":2.5e-3}", "[\"\\u0000\\u001f\"]",
            "{\"items\":[{\"id\":1,\"tags\":[\"a\",\"b\"]},{\"id\":2,\"tags\":[]}]}");

    /** Documents databind rejects or reads only by coercion: PlainJson must leave each of them to databind. */
    private static final List<String> NOT_PLAIN = List.of(
            "", "   ", "{", "[1,2", "{\"a\":}", "{\"a\" 1}", "{} x", "[] []", "1 2", "nul", "{'a':1}", "[1,]",
            "\"unterminated", "{\"a\":1}}", "NaN", "01", "{\"a\":1,}", "/* c */ {}");

    private static Stream<String> corpus() throws IOException {
        Path events = Paths.get("src/test/resources/events");
        List<String> samples = new ArrayList<>(CORNERS);
        try (Stream<Path> files = Files.list(events)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                samples.add(Files.readString(file));
            }
        }
        assertTrue(samples.size() > CORNERS.size() + 20, "the AWS event samples are read: " + samples.size());
        return samples.stream();
    }

    private static ObjectReader reader(TypeReference<?> type) {
        return MAPPER.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatDatabindReadsAsObject() throws Exception {
        for (String json : (Iterable<String>) corpus()::iterator) {
            Object expected = reader(new TypeReference<Object>() { }).readValue(utf8(json));
            assertSameValue(expected, PlainJson.read(utf8(json), PlainJson.Root.ANY), json);
        }
    }

    @Test
    void readsWhatDatabindReadsAsMapListOrString() throws Exception {
        int decided = 0;
        for (String json : (Iterable<String>) corpus()::iterator) {
            decided += compareOrUndecided(json, PlainJson.Root.OBJECT, new TypeReference<Map<String, Object>>() { });
            decided += compareOrUndecided(json, PlainJson.Root.ARRAY, new TypeReference<List<Object>>() { });
            decided += compareOrUndecided(json, PlainJson.Root.STRING, new TypeReference<String>() { });
        }
        assertTrue(decided > 40, "most of the corpus is decided by PlainJson: " + decided);
    }

    /** 1 when PlainJson read the document as databind does; 0 when it left it to databind. */
    private static int compareOrUndecided(String json, PlainJson.Root root, TypeReference<?> type) throws Exception {
        Object plain = PlainJson.read(utf8(json), root);
        if (plain == PlainJson.UNDECIDED) {
            return 0;
        }
        assertSameValue(reader(type).readValue(utf8(json)), plain, root + " " + json);
        return 1;
    }

    @Test
    void leavesWhatItCannotDecideToDatabind() {
        for (String json : NOT_PLAIN) {
            assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8(json), PlainJson.Root.ANY), json);
            // Each is one databind refuses too: PlainJson never accepts what databind would report as malformed.
            assertThrows(IOException.class, () -> reader(new TypeReference<Object>() { }).readValue(utf8(json)),
                    json);
        }
        // A root of another kind than the parameter's: databind coerces or refuses, so it decides.
        assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8("[1]"), PlainJson.Root.OBJECT));
        assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8("{}"), PlainJson.Root.ARRAY));
        assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8("5"), PlainJson.Root.STRING));
        assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8("true"), PlainJson.Root.STRING));
        // Deeper than PlainJson goes: databind applies its own limits.
        String deep = "[".repeat(600) + "]".repeat(600);
        assertSame(PlainJson.UNDECIDED, PlainJson.read(utf8(deep), PlainJson.Root.ANY));
    }

    /** Byte-level corners the hand-written reader refuses, whatever jackson makes of them. */
    private static final List<byte[]> REFUSED_BYTES = List.of(
            new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'},              // a byte-order mark
            new byte[] {'"', (byte) 0xc0, (byte) 0x80, '"'},                           // overlong NUL
            new byte[] {'"', (byte) 0x80, '"'},                                        // a lone continuation byte
            new byte[] {'"', (byte) 0xe2, (byte) 0x82, '"'},                           // a cut sequence
            new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'},              // an encoded surrogate
            new byte[] {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // beyond U+10FFFF
            new byte[] {'"', 'a', 0x01, '"'},                                          // a raw control character
            new byte[] {'{', 0, '}'},
            utf8("truex"), utf8("nulll"), utf8("-"), utf8("1."), utf8(".5"), utf8("1e"), utf8("+1"), utf8("\"\\x\""),
            utf8("\"\\u12\""), utf8("[1 2]"), utf8("{\"a\" : 1 \"b\": 2}"), utf8("1".repeat(1001)));

    @Test
    void refusesWhatAStrictReaderMustLeaveToDatabind() {
        for (byte[] json : REFUSED_BYTES) {
            assertSame(PlainJson.UNDECIDED, PlainJson.read(json, PlainJson.Root.ANY),
                    () -> new String(json, StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * Random documents and random damage to them: whatever PlainJson decides, databind decides the same, and whatever
     * databind refuses, PlainJson leaves undecided. Seeded, so a failure can be replayed.
     */
    @Test
    void agreesWithDatabindOnRandomAndDamagedDocuments() throws Exception {
        Random random = new Random(20261202);
        ObjectReader databind = reader(new TypeReference<Object>() { });
        int decided = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] json = utf8(RandomJson.value(random, 0));
            if (i % 2 == 1) {
                json = RandomJson.damage(random, json);
            }
            Object plain = PlainJson.read(json, PlainJson.Root.ANY);
            Object expected;
            try {
                expected = databind.readValue(json);
            } catch (IOException e) {
                final byte[] doc = json;
                assertSame(PlainJson.UNDECIDED, plain, () -> "databind refuses (" + e.getMessage() + ") but PlainJson"
                        + " read " + new String(doc, StandardCharsets.UTF_8));
                refused++;
                continue;
            }
            if (plain != PlainJson.UNDECIDED) {
                assertSameValue(expected, plain, new String(json, StandardCharsets.UTF_8));
                decided++;
            }
        }
        assertTrue(decided > 9_000 && refused > 3_000, "decided " + decided + ", refused " + refused);
    }

    @Test
    void writesTheBytesDatabindWrites() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("none", null);
        nested.put("list", Arrays.asList(1, 2L, 3.5, 4.25f, (short) 5, (byte) 6, null, "seven"));
        nested.put("big", new BigInteger("123456789012345678901234567890"));
        nested.put("decimal", new BigDecimal("1E+3"));
        nested.put("precise", new BigDecimal("0.10"));
        nested.put("sorted", new TreeMap<>(Map.of("b", 2, "a", 1)));
        nested.put("empty", Collections.emptyMap());
        List<Object> values = new ArrayList<>(List.of("Hello, World!", "", "caf\u00e9 \ud83d\ude00 \"q\" \\ / \n\t\u0000",
                "\u2028\u2029 </script>", true, false, 0, -1, Integer.MIN_VALUE, Long.MAX_VALUE, 0.1, -0.0,
                1e300, Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1.0f / 3, nested,
                List.of(), List.of(List.of(List.of())), Map.of("k", List.of(Map.of("j", "v")))));
        values.add(null);
        values.add(Collections.unmodifiableList(new ArrayList<>(List.of(1, 2))));
        values.add(new HashMap<>(Map.of("x", 1, "y", 2, "z", 3)));
        for (Object value : values) {
            assertTrue(PlainJson.isPlain(value), String.valueOf(value));
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            PlainJson.write(plain, value);
            assertArrayEquals(MAPPER.writer().writeValueAsBytes(value), plain.toByteArray(),
                    () -> value + " -> " + plain.toString(StandardCharsets.UTF_8));
        }
    }

    /** A record: databind writes its fields; PlainJson must not think it can. */
    record Point(int x, int y) {
    }

    @Test
    void whatMayCarryJacksonAnnotationsOrNeedsDatabindIsNotPlain() {
        @SuppressWarnings("serial")
        Map<String, Object> subclass = new HashMap<>() { };
        List<Object> notPlain = List.of(new Point(1, 2), subclass, Map.of(1, "integer key"), Set.of("a"),
                Optional.of("x"), new char[] {'a'}, 'c', new int[] {1}, List.of(new Point(0, 0)),
                Map.of("k", Map.of("k", Optional.empty())), new StringBuilder("sb"), Thread.State.NEW);
        for (Object value : notPlain) {
            assertFalse(PlainJson.isPlain(value), value.getClass().getName());
        }
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertFalse(PlainJson.isPlain(nullKey));
    }
}
