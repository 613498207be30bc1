package dev.lambdashim.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The comparison of two readers' values: equal, and of the same classes all the way down. */
public final class SameValue {

    private SameValue() {
    }

    /** Equal, and of the same classes all the way down (1 and 1L are both "equal numbers" to a careless check). */
    public static void assertSameValue(Object expected, Object actual, String where) {
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
}
