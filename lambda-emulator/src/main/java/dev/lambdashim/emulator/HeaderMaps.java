package dev.lambdashim.emulator;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Immutable header maps whose lookups ignore case. */
final class HeaderMaps {

    private static final Map<String, String> EMPTY =
            Collections.unmodifiableMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private HeaderMaps() {
    }

    /** An immutable, case-insensitive copy of {@code headers}, names as given; null names or values rejected. */
    static Map<String, String> copyOf(Map<String, String> headers) {
        Objects.requireNonNull(headers, "headers");
        if (headers.isEmpty()) {
            return EMPTY;
        }
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> copy.put(
                Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value")));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * An immutable, case-insensitive map of request headers with lower-case names; the values of a header
     * sent several times are joined with {@code ", "} (RFC 9110, section 5.3).
     */
    static Map<String, String> fromRequest(Map<String, List<String>> headers) {
        if (headers.isEmpty()) {
            return EMPTY;
        }
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty()) {
                copy.put(name.toLowerCase(Locale.ROOT), values.size() == 1 ? values.get(0) : String.join(", ", values));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
