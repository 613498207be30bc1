package dev.lambdashim.runtime.json;

import static dev.lambdashim.runtime.json.JacksonAnnotations.UNSURE;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readers of a declared Java type from {@link PlainJsonReader#readTyped}'s values, planned once per type: each gives
 * what the runtime's default {@code ObjectMapper} gives, or throws {@link PlainJsonReader.Undecided} for anything it
 * would coerce, refuse or decide by a rule not copied here (then databind reads the event). A type it cannot plan is
 * {@link JacksonAnnotations.Unsure}.
 */
final class TypedReaders {

    /** Reads one value of the planned type. */
    @FunctionalInterface
    interface ValueReader {
        Object read(Object node);
    }

    private static final PlainJsonReader.Undecided UNDECIDED = PlainJsonReader.UNDECIDED;

    private final Map<Type, ValueReader> planned = new HashMap<>();

    /** The reader of a type; {@link JacksonAnnotations.Unsure} when it is not one decided here. */
    ValueReader of(Type type) {
        ValueReader known = planned.get(type);
        if (known != null) {
            return known;
        }
        if (type instanceof Class) {
            ValueReader scalar = scalar((Class<?>) type);
            if (scalar != null) {
                return scalar;
            }
        }
        // Records may refer to themselves (a tree): the plan is reached through this indirection while being made.
        ValueReader[] made = new ValueReader[1];
        planned.put(type, node -> made[0].read(node));
        try {
            made[0] = plan(type);
        } catch (RuntimeException e) {
            planned.remove(type);
            throw e;
        }
        planned.put(type, made[0]);
        return made[0];
    }

    private ValueReader plan(Type type) {
        if (type instanceof WildcardType) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getLowerBounds().length != 0) {
                throw UNSURE;
            }
            return of(wildcard.getUpperBounds()[0]);
        }
        Class<?> raw;
        Type[] args;
        if (type instanceof Class) {
            raw = (Class<?>) type;
            args = new Type[0];
        } else if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() instanceof Class) {
            raw = (Class<?>) ((ParameterizedType) type).getRawType();
            args = ((ParameterizedType) type).getActualTypeArguments();
        } else {
            throw UNSURE; // a type variable left unbound, a generic array
        }
        if (raw.getTypeParameters().length != args.length) {
            throw UNSURE; // a raw generic type: databind reads its elements as Object, rarely what was meant
        }
        if (raw == Optional.class) {
            ValueReader content = of(args[0]);
            return node -> node == null ? Optional.empty() : Optional.ofNullable(content.read(node));
        }
        if (raw == List.class || raw == Collection.class || raw == ArrayList.class) {
            return collection(of(args[0]), false, false);
        }
        if (raw == Set.class || raw == HashSet.class) {
            return collection(of(args[0]), true, false);
        }
        if (raw == LinkedHashSet.class) {
            return collection(of(args[0]), true, true);
        }
        if (raw == Map.class || raw == LinkedHashMap.class || raw == HashMap.class) {
            if (args[0] != String.class) {
                throw UNSURE;
            }
            return map(of(args[1]), raw == HashMap.class);
        }
        if (raw.isEnum()) {
            return enumeration(raw);
        }
        JavaProperties properties = JavaProperties.of(raw);
        if (properties.constructor == null) {
            throw UNSURE;
        }
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            bound.put(raw.getTypeParameters()[i], args[i]);
        }
        return properties.record ? new ObjectReaders.RecordReader(this, properties, bound)
                : new ObjectReaders.BeanReader(this, properties, bound);
    }

    /** A type variable bound by the type being planned; other types as they are. */
    ValueReader of(Type type, Map<TypeVariable<?>, Type> bound) {
        return of(Types.resolve(type, bound));
    }

    private static ValueReader scalar(Class<?> type) {
        if (type == String.class) {
            return node -> node == null || node instanceof String ? node : undecided();
        }
        if (type == Object.class) {
            return TypedReaders::untyped;
        }
        if (type == Boolean.class || type == boolean.class) {
            boolean primitive = type.isPrimitive();
            return node -> node instanceof Boolean || (node == null && !primitive) ? node : undecided();
        }
        if (type == Integer.class || type == int.class) {
            boolean primitive = type.isPrimitive();
            return node -> node instanceof Integer || (node == null && !primitive) ? node : undecided();
        }
        if (type == Long.class || type == long.class) {
            boolean primitive = type.isPrimitive();
            return node -> node instanceof Integer ? Long.valueOf((Integer) node)
                    : node instanceof Long || (node == null && !primitive) ? node : undecided();
        }
        if (type == Double.class || type == double.class) {
            boolean primitive = type.isPrimitive();
            return node -> node instanceof JsonDecimal ? Double.parseDouble(((JsonDecimal) node).text())
                    : node instanceof Integer || node instanceof Long ? (Object) ((Number) node).doubleValue()
                    : node == null && !primitive ? null : undecided();
        }
        if (type == BigDecimal.class) {
            return node -> node instanceof JsonDecimal ? new BigDecimal(((JsonDecimal) node).text())
                    : node instanceof Integer || node instanceof Long ? BigDecimal.valueOf(((Number) node).longValue())
                    : node instanceof BigInteger ? new BigDecimal((BigInteger) node)
                    : node == null ? null : undecided();
        }
        if (type == BigInteger.class) {
            return node -> node instanceof Integer || node instanceof Long
                    ? BigInteger.valueOf(((Number) node).longValue())
                    : node instanceof BigInteger || node == null ? node : undecided();
        }
        if (type == int[].class) {
            return TypedReaders::ints;
        }
        if (type == Instant.class) {
            return node -> node == null ? null : node instanceof String ? IsoDates.instant((String) node) : undecided();
        }
        if (type == LocalDate.class) {
            return node -> node == null ? null : node instanceof String ? IsoDates.date((String) node) : undecided();
        }
        return null;
    }

    /** As databind's {@code Object}: maps, lists, strings, {@code Boolean}, the narrowest integer, a {@code Double}. */
    @SuppressWarnings("unchecked")
    static Object untyped(Object node) {
        if (node instanceof JsonDecimal) {
            return Double.parseDouble(((JsonDecimal) node).text());
        }
        if (node instanceof Map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
                entry.setValue(untyped(entry.getValue()));
            }
        } else if (node instanceof List) {
            List<Object> list = (List<Object>) node;
            for (int i = 0; i < list.size(); i++) {
                list.set(i, untyped(list.get(i)));
            }
        }
        return node;
    }

    /** An {@code int[]} (lambda-events' Kafka headers): every element an {@code int}, none null. */
    private static Object ints(Object node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof List)) {
            return undecided();
        }
        List<?> list = (List<?>) node;
        int[] ints = new int[list.size()];
        for (int i = 0; i < ints.length; i++) {
            Object element = list.get(i);
            if (!(element instanceof Integer)) {
                return undecided();
            }
            ints[i] = (Integer) element;
        }
        return ints;
    }

    private static ValueReader collection(ValueReader element, boolean set, boolean ordered) {
        return node -> {
            if (node == null) {
                return null;
            }
            if (!(node instanceof List)) {
                return undecided();
            }
            List<?> list = (List<?>) node;
            Collection<Object> out = ordered ? new LinkedHashSet<>() : set ? new HashSet<>() : new ArrayList<>();
            for (Object item : list) {
                out.add(element.read(item));
            }
            return out;
        };
    }

    @SuppressWarnings("unchecked")
    private static ValueReader map(ValueReader value, boolean hashed) {
        return node -> {
            if (node == null) {
                return null;
            }
            if (!(node instanceof Map)) {
                return undecided();
            }
            Map<String, Object> map = hashed ? new HashMap<>() : new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
                map.put(entry.getKey(), value.read(entry.getValue()));
            }
            return map;
        };
    }

    private static ValueReader enumeration(Class<?> type) {
        Map<String, Object> constants = TypedWriter.enumNames(type);
        return node -> {
            if (node == null) {
                return null;
            }
            Object constant = node instanceof String ? constants.get(node) : null;
            return constant != null ? constant : undecided();
        };
    }

    /** Makes an object through its constructor; whatever it throws is databind's to report, in its words. */
    static Object construct(MemberCall constructor, Object[] args) {
        try {
            return constructor.construct(args);
        } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
            throw UNDECIDED;
        }
    }

    static Object undecided() {
        throw UNDECIDED;
    }
}
