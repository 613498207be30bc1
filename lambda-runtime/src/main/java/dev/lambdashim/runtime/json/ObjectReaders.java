package dev.lambdashim.runtime.json;

import static dev.lambdashim.runtime.json.JacksonAnnotations.UNSURE;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers of a JSON object into a record (its canonical constructor) or a bean (its setters), for TypedReaders. */
final class ObjectReaders {

    private ObjectReaders() {
    }

    /** Resolves each property's reader on first use, so that a type may contain itself. */
    private abstract static class Planned implements TypedReaders.ValueReader {
        final JavaProperties properties;

        Planned(JavaProperties properties) {
            this.properties = properties;
            properties.constructor.trySetAccessible(); // as databind does (MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> members(Object node) {
            if (!(node instanceof Map)) {
                throw PlainJsonReader.UNDECIDED;
            }
            return (Map<String, Object>) node;
        }
    }

    /**
     * A record: each component from its member, or when absent, what databind gives for a missing creator property
     * ({@code null}, {@code 0}, {@code false}, an empty {@code Optional}); unknown members are skipped.
     */
    static final class RecordReader extends Planned {
        private final String[] names;
        private final TypedReaders.ValueReader[] readers;
        private final Object[] absent;
        private final Map<String, Integer> index = new HashMap<>();

        RecordReader(TypedReaders readers, JavaProperties properties, Map<TypeVariable<?>, Type> bound) {
            super(properties);
            List<JavaProperties.Property> all = properties.written;
            this.names = new String[all.size()];
            this.readers = new TypedReaders.ValueReader[all.size()];
            this.absent = new Object[all.size()];
            for (int i = 0; i < names.length; i++) {
                JavaProperties.Property property = all.get(i);
                names[i] = property.name;
                index.put(property.name, i);
                this.readers[i] = readers.of(property.type, bound);
                absent[i] = absent(properties.constructor.getParameterTypes()[i]);
            }
        }

        @Override
        public Object read(Object node) {
            if (node == null) {
                return null;
            }
            Map<String, Object> members = members(node);
            Object[] args = absent.clone();
            for (Map.Entry<String, Object> member : members.entrySet()) {
                Integer at = index.get(member.getKey());
                if (at != null) {
                    args[at] = readers[at].read(member.getValue());
                }
            }
            return TypedReaders.construct(properties.constructorCall, args);
        }

        private static Object absent(Class<?> type) {
            if (type == Optional.class) {
                return Optional.empty();
            }
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return Boolean.FALSE;
            }
            if (type == int.class) {
                return 0;
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0.0;
            }
            throw UNSURE; // float, short, byte, char: not read here
        }
    }

    /** A bean: made by its no-argument constructor, then each known member set in the document's order. */
    static final class BeanReader extends Planned {
        private static final Object[] NO_ARGUMENTS = {};
        private final Map<String, MemberCall> setters = new HashMap<>();
        private final Map<String, TypedReaders.ValueReader> readers = new HashMap<>();

        BeanReader(TypedReaders readers, JavaProperties properties, Map<TypeVariable<?>, Type> bound) {
            super(properties);
            for (JavaProperties.Property property : properties.read.values()) {
                property.setter.trySetAccessible();
                setters.put(property.name, property.setterCall);
                this.readers.put(property.name, readers.of(property.type, bound));
            }
        }

        @Override
        public Object read(Object node) {
            if (node == null) {
                return null;
            }
            Map<String, Object> members = members(node);
            Object bean = TypedReaders.construct(properties.constructorCall, NO_ARGUMENTS);
            for (Map.Entry<String, Object> member : members.entrySet()) {
                MemberCall setter = setters.get(member.getKey());
                if (setter != null) {
                    Object value = readers.get(member.getKey()).read(member.getValue());
                    try {
                        setter.set(bean, value);
                    } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
                        throw PlainJsonReader.UNDECIDED;
                    }
                }
            }
            return bean;
        }
    }
}
