package dev.lambdashim.runtime.handler;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.CompletionStage;

/**
 * The one {@link ObjectMapper} of the process and the readers and writers made from it.
 *
 * <p>A function supplies its own mapper by listing a subclass of {@code ObjectMapper} with a public no-arg
 * constructor in {@code META-INF/services/com.fasterxml.jackson.databind.ObjectMapper}; it is used as it is. The
 * default reads unknown properties leniently (events carry more fields than a handler's record names), knows
 * {@code Optional} and {@code java.time}, writes dates as ISO-8601 strings and emoji as plain UTF-8.
 *
 * <p>Created on first use, so that a {@code StreamHandler} function never loads Jackson's databind.
 */
public final class JsonCodec {

    private final ObjectMapper mapper;

    private JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The process's codec; made on the first call. */
    public static JsonCodec get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final JsonCodec INSTANCE = new JsonCodec(loadMapper(JsonCodec.class.getClassLoader()));
    }

    static ObjectMapper loadMapper(ClassLoader loader) {
        Iterator<ObjectMapper> provided = ServiceLoader.load(ObjectMapper.class, loader).iterator();
        if (provided.hasNext()) {
            return provided.next();
        }
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Non-BMP characters (emoji) as their 4 UTF-8 bytes, not as escaped surrogate pairs.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    JavaType type(Type type) {
        return mapper.getTypeFactory().constructType(type);
    }

    ObjectReader readerFor(JavaType type) {
        // An event is one JSON value: "{...} trailing" is malformed, not silently cut.
        return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * A writer that keeps the declared generic type (e.g. {@code List<Order>}) when there is one, and otherwise
     * writes the result by its runtime class, so subclasses keep their fields.
     */
    ObjectWriter writerFor(JavaType declared) {
        JavaType type = declared;
        if (type != null && type.isTypeOrSubTypeOf(CompletionStage.class)) {
            JavaType[] awaited = type.findTypeParameters(CompletionStage.class);
            type = awaited.length == 1 ? awaited[0] : null;
        }
        if (type != null && type.hasGenericTypes() && !type.isJavaLangObject()) {
            return mapper.writerFor(type);
        }
        return mapper.writer();
    }
}
