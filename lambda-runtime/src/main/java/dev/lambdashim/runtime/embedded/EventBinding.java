package dev.lambdashim.runtime.embedded;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lambdashim.runtime.handler.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Events and responses read and written with the runtime's JSON rules, for tests: the process's
 * {@link JsonCodec} mapper (the function's own {@code ObjectMapper} service if it has one), and for AWS's event
 * classes ({@code com.amazonaws.services.lambda.runtime.events}) AWS's own serializers, as the runtime binds them for
 * a handler written against AWS's API, when {@code aws-lambda-java-serialization} is on the class path.
 */
public final class EventBinding {

    private static final String AWS_SERIALIZERS =
            "com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers";

    private EventBinding() {
    }

    /**
     * Reads one JSON value into {@code type}.
     *
     * @throws IOException when the JSON is malformed or does not fit the type
     */
    public static Object read(byte[] json, Type type, ClassLoader loader) throws IOException {
        if (isAwsEvent(type, loader)) {
            try {
                return AwsEvents.read(json, (Class<?>) type, loader);
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        ObjectMapper mapper = JsonCodec.get().mapper();
        ObjectReader reader = mapper.readerFor(mapper.getTypeFactory().constructType(type))
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return reader.readValue(json);
    }

    /** Writes a value as the JSON the function would receive for it. */
    public static byte[] write(Object value, ClassLoader loader) throws IOException {
        if (value != null && isAwsEvent(value.getClass(), loader)) {
            return AwsEvents.write(value, loader);
        }
        return JsonCodec.get().mapper().writeValueAsBytes(value);
    }

    private static boolean isAwsEvent(Type type, ClassLoader loader) {
        if (!(type instanceof Class) || !((Class<?>) type).getName()
                .startsWith("com.amazonaws.services.lambda.runtime.events.")) {
            return false;
        }
        try {
            Class.forName(AWS_SERIALIZERS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when AWS's serialization library is there. */
    private static final class AwsEvents {

        @SuppressWarnings("unchecked")
        static Object read(byte[] json, Class<?> type, ClassLoader loader) {
            return com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers
                    .serializerFor((Class<Object>) type, loader).fromJson(new ByteArrayInputStream(json));
        }

        @SuppressWarnings("unchecked")
        static byte[] write(Object value, ClassLoader loader) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers
                    .serializerFor((Class<Object>) value.getClass(), loader).toJson(value, out);
            return out.toByteArray();
        }
    }
}
