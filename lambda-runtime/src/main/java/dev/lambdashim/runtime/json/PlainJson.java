package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of plain Java values ({@code Map<String, ?>}, {@code List}, {@code String}, numbers, {@code Boolean},
 * {@code null}) with jackson-core's streaming API only, giving the values and bytes the runtime's default
 * {@code ObjectMapper} gives for them (an object is a {@code LinkedHashMap}, an integer an {@code Integer},
 * {@code Long} or {@code BigInteger}, a fraction a {@code Double}; a repeated key keeps its place and its last value).
 *
 * <p>Why not databind: building the {@code ObjectMapper} and its (de)serializers is most of what a hello-world
 * function does before its first answer, some 600 classes (bench/run.sh, "classes loaded"). Documents are read by
 * {@link PlainJsonReader} (see there why not by jackson-core's parser), values written by jackson-core's generator.
 * Anything this class is not sure of is left to databind by its callers.
 */
public final class PlainJson {

    /** What {@link #read} returns for a document whose value only databind can say (or report as malformed). */
    public static final Object UNDECIDED = new Object();

    /** Nesting deeper than this is left to databind, which applies its own limits. */
    private static final int MAX_DEPTH = 500;

    // The default ObjectMapper's factory settings (JsonCodec): emoji as their 4 UTF-8 bytes.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** The JSON values a plain type accepts at the document's root ({@code null} always). */
    public enum Root {
        ANY, OBJECT, ARRAY, STRING;

        /** Whether a document starting with this byte (after whitespace) may be read for the type. */
        boolean accepts(byte first) {
            switch (this) {
                case OBJECT:
                    return first == '{';
                case ARRAY:
                    return first == '[';
                case STRING:
                    return first == '"';
                default:
                    return true;
            }
        }
    }

    private PlainJson() {
    }

    /**
     * The document as plain values, or {@link #UNDECIDED} when it is empty, malformed, has content after its value,
     * nests too deep or its root is not what {@code root} accepts.
     */
    public static Object read(byte[] json, Root root) {
        try {
            return PlainJsonReader.read(json, root);
        } catch (PlainJsonReader.Undecided e) {
            return UNDECIDED;
        }
    }

    /**
     * The value starting at {@code token}, with the parser left on its last token; {@link #UNDECIDED} when it nests
     * deeper than {@link #MAX_DEPTH}.
     */
    public static Object value(JsonParser parser, JsonToken token, int depth) throws IOException {
        return value(parser, token, depth, MAX_DEPTH);
    }

    /** As {@link #value(JsonParser, JsonToken, int)}, {@link #UNDECIDED} when it nests deeper than {@code maxDepth}. */
    static Object value(JsonParser parser, JsonToken token, int depth, int maxDepth) throws IOException {
        switch (token) {
            case START_OBJECT: {
                if (depth >= maxDepth) {
                    return UNDECIDED;
                }
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Object member = value(parser, parser.nextToken(), depth + 1, maxDepth);
                    if (member == UNDECIDED) {
                        return UNDECIDED;
                    }
                    object.put(name, member);
                }
                return object;
            }
            case START_ARRAY: {
                if (depth >= maxDepth) {
                    return UNDECIDED;
                }
                List<Object> array = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    Object element = value(parser, t, depth + 1, maxDepth);
                    if (element == UNDECIDED) {
                        return UNDECIDED;
                    }
                    array.add(element);
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                return UNDECIDED;
        }
    }

    /**
     * Whether {@link #write} can write this value: {@code null}, a {@code String}, {@code Boolean}, a JDK number,
     * or a {@code java.util} map with {@code String} keys or list of such values. Classes outside {@code java.util}
     * may carry Jackson annotations, so they are never plain.
     */
    public static boolean isPlain(Object value) {
        return isPlain(value, 0);
    }

    private static boolean isPlain(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal) {
            return true;
        }
        if (depth >= MAX_DEPTH || !value.getClass().getName().startsWith("java.util.")) {
            return false;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List) {
            for (Object element : (List<?>) value) {
                if (!isPlain(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Writes a value {@link #isPlain} accepted as UTF-8 JSON, then closes {@code out} as databind's writer does. */
    public static void write(OutputStream out, Object value) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(generator, value);
        }
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String) {
            generator.writeString((String) value);
        } else if (value instanceof Boolean) {
            generator.writeBoolean((Boolean) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long) {
            generator.writeNumber((Long) value);
        } else if (value instanceof Double) {
            generator.writeNumber((Double) value);
        } else if (value instanceof Float) {
            generator.writeNumber((Float) value);
        } else if (value instanceof BigInteger) {
            generator.writeNumber((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            generator.writeNumber((BigDecimal) value);
        } else if (value instanceof Map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else {
            generator.writeStartArray();
            for (Object element : (List<?>) value) {
                write(generator, element);
            }
            generator.writeEndArray();
        }
    }
}
