package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole document as the runtime's {@code ObjectMapper} reads it for an {@code Object} parameter, with jackson-core's
 * parser only: the documents {@link PlainJsonReader} leaves undecided (malformed, empty, content after the value,
 * a repeated name, deep nesting, bytes its strict reader refuses) get databind's value or databind's error, word for
 * word. With it, a handler of {@code Object} events never needs databind, so a zip can leave databind out.
 *
 * <p>Not the hot path: {@link PlainJsonReader} reads the documents it decides faster (see there why).
 */
public final class UntypedJson {

    private UntypedJson() {
    }

    /**
     * @return the value: maps, lists, strings, {@code Boolean}, the narrowest integer, a {@code Double}, {@code null}
     * @throws IOException jackson-core's own exception for a malformed document or one past its limits, or a parse
     *     exception with the words databind uses for an empty one or content after the value (its
     *     {@code FAIL_ON_TRAILING_TOKENS}, which the runtime's reader enables)
     */
    public static Object read(byte[] json) throws IOException {
        return read(json, PlainJson.Root.ANY);
    }

    /**
     * As {@link #read(byte[])}, for a parameter of {@code Object} ({@link PlainJson.Root#ANY}),
     * {@code Map<String, Object>} ({@link PlainJson.Root#OBJECT}) or {@code List<Object>}
     * ({@link PlainJson.Root#ARRAY}): a document of another kind gets databind's words for it.
     */
    public static Object read(byte[] json, PlainJson.Root root) throws IOException {
        try (JsonParser parser = PlainJson.FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                // Where the token would start, as databind reports it.
                throw new JsonParseException(parser, "No content to map due to end-of-input",
                        parser.currentTokenLocation());
            }
            if (first != JsonToken.VALUE_NULL && !fits(root, first)) {
                throw new JsonParseException(parser, mismatch(root, first, parser), parser.currentTokenLocation());
            }
            Object value = root == PlainJson.Root.ANY || first == JsonToken.VALUE_NULL ? element(parser, first)
                    : root == PlainJson.Root.OBJECT ? map(parser) : list(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value"
                        + " (bound as `" + BOUND[root.ordinal()] + "`): not allowed as per"
                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", parser.currentTokenLocation());
            }
            return value;
        }
    }

    /** A value inside the document. No depth limit of ours: the parser applies jackson's, as under databind. */
    private static Object element(JsonParser parser, JsonToken first) throws IOException {
        return PlainJson.value(parser, first, 0, Integer.MAX_VALUE);
    }

    /**
     * As databind's {@code MapDeserializer}, which passes jackson-core's exceptions on as they are (its
     * {@code wrapAndThrow} wraps only databind's own).
     */
    private static Map<String, Object> map(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            map.put(name, element(parser, parser.nextToken()));
        }
        return map;
    }

    /**
     * As databind's {@code CollectionDeserializer}: what fails inside an element is reported with the element's index,
     * what fails between elements without.
     */
    private static List<Object> list(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            try {
                list.add(element(parser, t));
            } catch (JsonProcessingException e) {
                throw new Failure(parser, e, "java.util.ArrayList[" + list.size() + "]");
            }
        }
        return list;
    }

    /** A failure inside a {@code List} parameter's element, with where databind says it was. */
    public static final class Failure extends JsonParseException {
        private static final long serialVersionUID = 1L;

        private final String path;

        Failure(JsonParser parser, JsonProcessingException e, String path) {
            super(parser, e.getOriginalMessage(), e.getLocation(), e);
            this.path = path;
        }

        /** As databind's path reference: {@code java.util.ArrayList[2]}. */
        public String path() {
            return path;
        }
    }

    /** The raw type databind names as "bound as", by root. */
    private static final String[] BOUND = {"java.lang.Object", "java.util.Map", "java.util.List", "java.lang.String"};

    private static boolean fits(PlainJson.Root root, JsonToken first) {
        switch (root) {
            case OBJECT:
                return first == JsonToken.START_OBJECT;
            case ARRAY:
                return first == JsonToken.START_ARRAY;
            case ANY:
                return true;
            default:
                throw new IllegalArgumentException("not read here: " + root);
        }
    }

    /** databind's message for a document whose first token does not start the parameter's kind of value. */
    private static String mismatch(PlainJson.Root root, JsonToken first, JsonParser parser) throws IOException {
        String concrete = root == PlainJson.Root.OBJECT ? "java.util.LinkedHashMap<java.lang.String,java.lang.Object>"
                : "java.util.ArrayList<java.lang.Object>";
        String text = first == JsonToken.VALUE_STRING ? parser.getText() : null; // a malformed string fails first
        if (root == PlainJson.Root.OBJECT && text != null) {
            text = text.trim(); // as databind trims it, both for its blank test and in its message
            return text.isEmpty()
                    ? "Cannot coerce empty String (\"\") to element of `java.util.LinkedHashMap` (but could if"
                            + " coercion was enabled using `CoercionConfig`)"
                    : "Cannot construct instance of `java.util.LinkedHashMap` (although at least one Creator exists):"
                            + " no String-argument constructor/factory method to deserialize from String value ('"
                            + text + "')";
        }
        return "Cannot deserialize value of type `" + concrete + "` from " + kind(first) + " value (token `JsonToken."
                + first + "`)";
    }

    private static String kind(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "Object";
            case START_ARRAY:
                return "Array";
            case VALUE_NUMBER_INT:
                return "Integer";
            case VALUE_NUMBER_FLOAT:
                return "Floating-point";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "Boolean";
            case VALUE_STRING:
                return "String";
            default:
                return token.toString();
        }
    }
}
