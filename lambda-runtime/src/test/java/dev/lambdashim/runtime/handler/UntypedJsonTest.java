package dev.lambdashim.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lambdashim.runtime.json.PlainJson;
import dev.lambdashim.runtime.json.RandomJson;
import dev.lambdashim.runtime.json.UntypedJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link UntypedJson} against the runtime's databind reader for an {@code Object} parameter, on the documents
 * PlainJson leaves undecided and on random and damaged ones: the same value, of the same classes, or the same error
 * as the handler's error response words it. This is what lets a zip of an {@code Object}-event handler leave
 * databind out and still answer every event as with it.
 */
class UntypedJsonTest {

    private static final ObjectReader DATABIND = reader(Object.class);

    /** The parameter types read without databind, by the root each accepts. */
    private static final Map<PlainJson.Root, ObjectReader> READERS = Map.of(
            PlainJson.Root.ANY, DATABIND,
            PlainJson.Root.OBJECT, reader(new TypeReference<Map<String, Object>>() { }.getType()),
            PlainJson.Root.ARRAY, reader(new TypeReference<List<Object>>() { }.getType()));

    private static ObjectReader reader(java.lang.reflect.Type type) {
        return JsonCodec.get().readerFor(JsonCodec.get().type(type));
    }

    /** Documents the strict reader leaves undecided, each for its own reason, and roots of each kind. */
    private static final List<String> UNDECIDED = List.of(
            "", "   ", "\n\n  ", "{", "[1,2", "{\"a\":}", "{\"a\" 1}", "{} x", "[] []", "1 2", "{} {}", "\"a\" 1",
            "nul", "{'a':1}", "[1,]", "\"unterminated", "{\"a\":1}}", "NaN", "01", "{\"a\":1,}", "/* c */ {}",
            "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":{\"x\":1},\"a\":[2]}", "\ufeff{}", "[\"\\x\"]", "\"\\u12\"",
            "truex", "-", "1.", ".5", "1e", "+1", "[1 2]", "1".repeat(1001), "9".repeat(2000),
            "[" + "1".repeat(1001) + ".5]", "{\"" + "k".repeat(60_000) + "\":1}", "\"\"", "\"x\"", "\"  \"",
            "\"" + "s".repeat(3000) + "\"", "5x", "-", "[1] [", "{\"a\":1} x", "\"a\" 1", "true false", "1.5e",
            "\"\\u00e9\\n\\\"\"");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nested(int depth) {
        return utf8("[".repeat(depth) + "]".repeat(depth));
    }

    /** The outcome as the handler's caller would see it: the value, or the error message the invoker posts. */
    private static void assertSameOutcome(byte[] json) {
        for (PlainJson.Root root : READERS.keySet()) {
            assertSameOutcome(json, root);
        }
    }

    private static void assertSameOutcome(byte[] json, PlainJson.Root root) {
        String text = new String(json, StandardCharsets.UTF_8);
        String where = root + " " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
        Object expected;
        try {
            expected = READERS.get(root).readValue(json);
        } catch (IOException e) {
            try {
                Object value = UntypedJson.read(json, root);
                fail("databind refuses (" + JsonFunctionInvoker.describe(e) + ") but UntypedJson read " + value
                        + " from " + where);
            } catch (IOException mine) {
                assertEquals(JsonFunctionInvoker.describe(e), PlainJsonInvoker.describe(mine), where);
            }
            return;
        }
        try {
            assertSameValue(expected, UntypedJson.read(json, root), where);
        } catch (IOException e) {
            fail("databind reads " + expected + " but UntypedJson refuses (" + e.getMessage() + "): " + where);
        }
    }

    /** Equal, and of the same classes all the way down (1 and 1L are "equal numbers" to a careless check). */
    private static void assertSameValue(Object expected, Object actual, String where) {
        assertEquals(expected, actual, where);
        if (expected == null) {
            return;
        }
        assertSame(expected.getClass(), actual.getClass(), where);
        if (expected instanceof Map) {
            List<?> keys = new ArrayList<>(((Map<?, ?>) expected).keySet());
            assertEquals(keys, new ArrayList<>(((Map<?, ?>) actual).keySet()), "key order at " + where);
            for (Object key : keys) {
                assertSameValue(((Map<?, ?>) expected).get(key), ((Map<?, ?>) actual).get(key), where + "." + key);
            }
        } else if (expected instanceof List) {
            for (int i = 0; i < ((List<?>) expected).size(); i++) {
                assertSameValue(((List<?>) expected).get(i), ((List<?>) actual).get(i), where + "[" + i + "]");
            }
        }
    }

    @Test
    void givesDatabindsValueOrErrorForWhatTheStrictReaderLeaves() {
        int undecided = 0;
        for (String json : UNDECIDED) {
            undecided += PlainJson.read(utf8(json), PlainJson.Root.ANY) == PlainJson.UNDECIDED ? 1 : 0;
            assertSameOutcome(utf8(json));
        }
        // Most are left undecided as Object; the strings and repeated names are decided (then not for Map or List).
        assertTrue(undecided >= UNDECIDED.size() - 8, "left undecided by the strict reader: " + undecided);
    }

    @Test
    void nestsAsDeepAsJacksonAllowsAndFailsBeyondWithItsWords() {
        for (int depth : new int[] {499, 500, 501, 999, 1000, 1001, 1500}) {
            assertSameOutcome(nested(depth));
        }
    }

    @Test
    void bytesTheStrictReaderRefuses() {
        List<byte[]> bytes = List.of(
                new byte[] {'"', (byte) 0xc0, (byte) 0x80, '"'}, new byte[] {'"', (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xe2, (byte) 0x82, '"'}, new byte[] {'"', (byte) 0xed, (byte) 0xa0,
                    (byte) 0x80, '"'}, new byte[] {'"', 'a', 0x01, '"'}, new byte[] {'{', 0, '}'},
                new byte[] {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'});
        for (byte[] json : bytes) {
            assertSameOutcome(json);
        }
    }

    /** Seeded, so a failure can be replayed. */
    @Test
    void agreesWithDatabindOnRandomAndDamagedDocuments() {
        Random random = new Random(20261207);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] json = utf8(RandomJson.value(random, 0));
            if (i % 2 == 1) {
                json = RandomJson.damage(random, json);
            }
            try {
                DATABIND.readValue(json);
            } catch (IOException e) {
                refused++;
            }
            assertSameOutcome(json);
        }
        assertTrue(refused > 3_000, "damaged documents refused: " + refused);
    }
}
