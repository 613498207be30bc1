package dev.lambdashim.runtime.json;

import static dev.lambdashim.runtime.json.JacksonAnnotations.UNSURE;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a value by its runtime class, as the runtime's default {@code ObjectMapper} writes it, for the classes
 * {@link TypedJson} decides: what {@link PlainJson} writes, records and beans ({@link JavaProperties}), enums by
 * name, {@code Optional}, {@code java.util} collections, {@code Instant} and {@code LocalDate} as ISO-8601 text.
 * Anything else is {@link JacksonAnnotations.Unsure} (the caller drops what was written and asks databind).
 */
final class TypedWriter {

    /** Nesting deeper than this is left to databind (a cycle is, too: databind reports it). */
    private static final int MAX_DEPTH = 500;

    /** Each class's properties; {@code NOT_BOUND} for a class found unsure. Filled as results of new classes come. */
    private final Map<Class<?>, Object> classes = new ConcurrentHashMap<>();
    private static final Object NOT_BOUND = new Object();

    void write(JsonGenerator out, Object value) throws IOException {
        write(out, value, 0);
    }

    private void write(JsonGenerator out, Object value, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw UNSURE;
        }
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String) {
            out.writeString((String) value);
        } else if (value instanceof Boolean) {
            out.writeBoolean((Boolean) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long) {
            out.writeNumber((Long) value);
        } else if (value instanceof Double) {
            out.writeNumber((Double) value);
        } else if (value instanceof Float) {
            out.writeNumber((Float) value);
        } else if (value instanceof BigInteger) {
            out.writeNumber((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            out.writeNumber((BigDecimal) value);
        } else if (value instanceof int[]) {
            int[] ints = (int[]) value;
            out.writeArray(ints, 0, ints.length);
        } else if (value instanceof Instant || value instanceof LocalDate) {
            out.writeString(value.toString());
        } else if (value instanceof Enum) {
            checkedEnum(((Enum<?>) value).getDeclaringClass());
            out.writeString(((Enum<?>) value).name());
        } else if (value.getClass().getName().startsWith("java.util.")) {
            jdkValue(out, value, depth);
        } else {
            object(out, value, depth);
        }
    }

    private void jdkValue(JsonGenerator out, Object value, int depth) throws IOException {
        if (value instanceof Optional) {
            write(out, ((Optional<?>) value).orElse(null), depth + 1);
        } else if (value instanceof Map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw UNSURE;
                }
                out.writeFieldName((String) entry.getKey());
                write(out, entry.getValue(), depth + 1);
            }
            out.writeEndObject();
        } else if (value instanceof List || value instanceof HashSet || value instanceof TreeSet
                || (value instanceof Set && value.getClass().getName().startsWith("java.util.ImmutableCollections$"))) {
            out.writeStartArray();
            for (Object element : (Collection<?>) value) {
                write(out, element, depth + 1);
            }
            out.writeEndArray();
        } else {
            throw UNSURE;
        }
    }

    private void object(JsonGenerator out, Object value, int depth) throws IOException {
        JavaProperties properties = properties(value.getClass());
        out.writeStartObject();
        for (JavaProperties.Property property : properties.written) {
            Object member;
            try {
                member = property.getterCall.get(value);
            } catch (InvocationTargetException | IllegalAccessException e) {
                throw UNSURE; // databind reports what the getter threw, in its words
            }
            if (member == null && properties.nonNull) {
                continue;
            }
            if (member instanceof Optional && properties.nonNull) {
                throw UNSURE; // NON_NULL and an empty Optional: not decided here
            }
            out.writeFieldName(property.name);
            write(out, member, depth + 1);
        }
        out.writeEndObject();
    }

    private JavaProperties properties(Class<?> type) {
        Object known = classes.get(type);
        if (known == null) {
            try {
                JavaProperties properties = JavaProperties.of(type);
                for (JavaProperties.Property property : properties.written) {
                    property.getter.trySetAccessible();
                }
                known = properties;
            } catch (JacksonAnnotations.Unsure e) {
                known = NOT_BOUND;
            }
            classes.put(type, known);
        }
        if (known == NOT_BOUND) {
            throw UNSURE;
        }
        return (JavaProperties) known;
    }

    private void checkedEnum(Class<?> type) {
        Object known = classes.get(type);
        if (known == null) {
            try {
                enumNames(type);
                known = Boolean.TRUE;
            } catch (JacksonAnnotations.Unsure e) {
                known = NOT_BOUND;
            }
            classes.put(type, known);
        }
        if (known == NOT_BOUND) {
            throw UNSURE;
        }
    }

    /**
     * An enum's constants by name, as databind reads and writes them by default; {@link JacksonAnnotations.Unsure}
     * when the enum carries anything databind reads ({@code @JsonValue}, {@code @JsonProperty} on a constant, ...).
     */
    static Map<String, Object> enumNames(Class<?> type) {
        JacksonAnnotations.requireNone(type);
        JacksonAnnotations.requireNoneOnInterfaces(type);
        for (Field field : type.getDeclaredFields()) {
            JacksonAnnotations.requireNone(field);
        }
        for (Method method : type.getDeclaredMethods()) {
            JacksonAnnotations.requireNone(method);
        }
        Map<String, Object> names = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            names.put(((Enum<?>) constant).name(), constant);
        }
        return names;
    }
}
