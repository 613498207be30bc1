package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;

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
     * @throws IOException jackson-core's own exception for a malformed document or one past its limits, or the
     *     parse exception with the words databind uses for an empty one or content after the value (its
     *     {@code FAIL_ON_TRAILING_TOKENS}, which the runtime's reader enables)
     */
    public static Object read(byte[] json) throws IOException {
        try (JsonParser parser = PlainJson.FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                // Where the token would start, as databind reports it.
                throw new JsonParseException(parser, "No content to map due to end-of-input",
                        parser.currentTokenLocation());
            }
            // No depth limit of ours: the parser applies jackson's (StreamReadConstraints), as under databind.
            Object value = PlainJson.value(parser, first, 0, Integer.MAX_VALUE);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value"
                        + " (bound as `java.lang.Object`): not allowed as per"
                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", parser.currentTokenLocation());
            }
            return value;
        }
    }
}
