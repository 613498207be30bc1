package dev.lambdashim.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lambdashim.runtime.json.PlainJson;
import java.io.IOException;

/**
 * Reads a JSON document into plain Java values ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}) with jackson-core's streaming parser: the HTTP adapter needs the event's tree, and
 * databind's {@code ObjectMapper} would add its whole set-up to the cold start of every HTTP function.
 */
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /**
     * The document's value; trailing content after it is an error, as for any event. Read by {@link PlainJson}
     * (which loads no jackson-core parser: see PlainJsonReader); what it leaves undecided, by jackson-core, whose
     * error then names what is wrong.
     */
    static Object read(byte[] json) throws IOException {
        Object plain = PlainJson.read(json, PlainJson.Root.ANY);
        if (plain != PlainJson.UNDECIDED) {
            return plain;
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("the event is empty");
            }
            Object value = PlainJson.value(parser, first, 0);
            if (value == PlainJson.UNDECIDED) {
                throw new IOException("the event nests deeper than the runtime reads");
            }
            if (parser.nextToken() != null) {
                throw new IOException("trailing content after the event's JSON value at "
                        + parser.currentLocation().offsetDescription());
            }
            return value;
        }
    }
}
