package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.lambdashim.runtime.handler.HandlerInitException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The serializer AWS's runtime interface client (2.10.1) uses for a type, in its order: the function's own
 * {@link CustomPojoSerializer} (a {@code META-INF/services} entry), else AWS's serializer for one of its event
 * classes, else Gson for a request from an Android app (its client context says {@code platform: Android}), else
 * AWS's Jackson set-up. One per type, kept.
 */
final class AwsSerializers {

    private final ClassLoader loader;
    private final CustomPojoSerializer custom;
    private final Map<Type, PojoSerializer<Object>> standard = new ConcurrentHashMap<>();
    private final Map<Type, PojoSerializer<Object>> android = new ConcurrentHashMap<>();

    AwsSerializers(ClassLoader loader) throws HandlerInitException {
        this.loader = loader;
        this.custom = loadCustom(loader);
    }

    private static CustomPojoSerializer loadCustom(ClassLoader loader) throws HandlerInitException {
        Iterator<CustomPojoSerializer> found = ServiceLoader.load(CustomPojoSerializer.class, loader).iterator();
        if (!found.hasNext()) {
            return null;
        }
        CustomPojoSerializer first = found.next();
        if (found.hasNext()) {
            throw new HandlerInitException("HandlerInitError", "more than one " + CustomPojoSerializer.class.getName()
                    + " is listed in META-INF/services (" + first.getClass().getName() + " and "
                    + found.next().getClass().getName() + "): AWS's runtime allows one; remove the others", null);
        }
        return first;
    }

    PojoSerializer<Object> forType(Type type, boolean fromAndroid) {
        return (fromAndroid ? android : standard).computeIfAbsent(type, t -> create(t, fromAndroid));
    }

    @SuppressWarnings("unchecked")
    private PojoSerializer<Object> create(Type type, boolean fromAndroid) {
        if (custom != null) {
            return new CustomSerializer(custom, type);
        }
        if (type instanceof Class && LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) type, loader);
        }
        return fromAndroid ? GsonFactory.getInstance().getSerializer(type)
                : JacksonFactory.getInstance().getSerializer(type);
    }

    /** The function's serializer, told the type each time as AWS's runtime tells it. */
    private static final class CustomSerializer implements PojoSerializer<Object> {
        private final CustomPojoSerializer serializer;
        private final Type type;

        CustomSerializer(CustomPojoSerializer serializer, Type type) {
            this.serializer = serializer;
            this.type = type;
        }

        @Override
        public Object fromJson(InputStream input) {
            return serializer.fromJson(input, type);
        }

        @Override
        public Object fromJson(String input) {
            return serializer.fromJson(input, type);
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            serializer.toJson(value, output, type);
        }
    }
}
