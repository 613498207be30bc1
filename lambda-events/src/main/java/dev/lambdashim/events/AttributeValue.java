package dev.lambdashim.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value in its typed JSON form: exactly one of the fields is set, under DynamoDB's name
 * ({@code {"S": "text"}}, {@code {"N": "42"}}, {@code {"M": {...}}}, ...). Numbers stay strings and binaries base64,
 * as DynamoDB sends them; {@link #toJava()} converts.
 *
 * @param s a string
 * @param n a number, as text
 * @param b a binary, base64
 * @param ss a string set
 * @param ns a number set, as text
 * @param bs a binary set, base64
 * @param m a map
 * @param l a list
 * @param nul {@code true} for DynamoDB's NULL
 * @param bool a boolean
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributeValue(
        @JsonProperty("S") String s,
        @JsonProperty("N") String n,
        @JsonProperty("B") String b,
        @JsonProperty("SS") List<String> ss,
        @JsonProperty("NS") List<String> ns,
        @JsonProperty("BS") List<String> bs,
        @JsonProperty("M") Map<String, AttributeValue> m,
        @JsonProperty("L") List<AttributeValue> l,
        @JsonProperty("NULL") Boolean nul,
        @JsonProperty("BOOL") Boolean bool) {

    /**
     * The value as Java: {@code String}; {@code BigDecimal} for a number; {@code byte[]} for a binary; an ordered
     * {@code Set} of {@code String} or {@code BigDecimal}; a {@code List<byte[]>} for a binary set; {@code Map} and
     * {@code List} of converted values; {@code Boolean}; {@code null} for NULL.
     */
    public Object toJava() {
        if (s != null) {
            return s;
        }
        if (n != null) {
            return new BigDecimal(n);
        }
        if (b != null) {
            return Base64.getDecoder().decode(b);
        }
        if (ss != null) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(ss));
        }
        if (ns != null) {
            Set<BigDecimal> numbers = new LinkedHashSet<>();
            ns.forEach(number -> numbers.add(new BigDecimal(number)));
            return Collections.unmodifiableSet(numbers);
        }
        if (bs != null) {
            return bs.stream().map(Base64.getDecoder()::decode).toList();
        }
        if (m != null) {
            return toJava(m);
        }
        if (l != null) {
            List<Object> values = new ArrayList<>(l.size());
            l.forEach(value -> values.add(value == null ? null : value.toJava()));
            return Collections.unmodifiableList(values);
        }
        return bool; // NULL, or a BOOL
    }

    /** An item's attributes as Java values (see {@link #toJava()}), in order; {@code null} stays {@code null}. */
    public static Map<String, Object> toJava(Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        item.forEach((name, value) -> values.put(name, value == null ? null : value.toJava()));
        return Collections.unmodifiableMap(values);
    }
}
