package dev.lambdashim.runtime.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * Random JSON for a Java type, for TypedJsonTest: mostly what the type reads (every property present, absent or
 * null, values of every width and form), now and then a value of another kind, an unknown or a repeated member.
 */
final class RandomTyped {

    private static final String[] INTEGERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "9223372036854775807", "9223372036854775808", "12345678901234567890123", "1.0", "1e2",
        "\"12\"", "true"};
    private static final String[] DECIMALS = {"0.5", "-0.0", "1e3", "1E+3", "2.5e-3", "1e309", "6.02214076e23",
        "3.14159265358979323846264338327950288", "10", "-7", "0.10", "1.50", "9223372036854775808", "\"1.5\"",
        "100.000"};
    private static final String[] INSTANTS = {"\"2026-12-07T18:30:00Z\"", "\"2026-12-07T18:30:00.123Z\"",
        "\"2026-12-07T18:30:00.123456789Z\"", "\"1970-01-01T00:00:00Z\"", "\"2024-02-29T23:59:59.9Z\"",
        "\"2023-02-29T00:00:00Z\"", "\"2026-12-07T23:59:60Z\"", "\"2026-12-07T18:30:00+01:00\"",
        "\"2026-12-07T18:30Z\"", "\"2026-12-07 18:30:00Z\"", "1733596200", "1733596200.5", "\"1733596200\"",
        "\" 2026-12-07T18:30:00Z\"", "\"2026-12-07T18:30:00.1234567891Z\"", "\"+12026-12-07T18:30:00Z\"", "\"\""};
    private static final String[] DATES = {"\"2026-12-07\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2026-13-01\"",
        "\"2026-12-07T10:00:00\"", "\"20261207\"", "[2026,12,7]", "\"\"", "\"0001-01-01\"", "\"9999-12-31\""};

    private RandomTyped() {
    }

    static String value(Random random, Type type, int depth) {
        if (random.nextInt(25) == 0) {
            return RandomJson.value(random, 3); // anything at all
        }
        if (random.nextInt(15) == 0 && !(type instanceof Class && ((Class<?>) type).isPrimitive())) {
            return "null";
        }
        Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType()
                : type instanceof Class ? (Class<?>) type : Object.class;
        Type[] args = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()
                : new Type[0];
        if (raw == String.class) {
            return random.nextInt(10) == 0 ? INTEGERS[random.nextInt(INTEGERS.length)] : RandomJson.string(random);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == BigInteger.class) {
            return random.nextBoolean() ? Integer.toString(random.nextInt(2000) - 1000)
                    : INTEGERS[random.nextInt(INTEGERS.length)];
        }
        if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return DECIMALS[random.nextInt(DECIMALS.length)];
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return random.nextInt(8) == 0 ? "1" : Boolean.toString(random.nextBoolean());
        }
        if (raw == Instant.class) {
            return INSTANTS[random.nextInt(INSTANTS.length)];
        }
        if (raw == LocalDate.class) {
            return DATES[random.nextInt(DATES.length)];
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return random.nextInt(6) == 0 ? (random.nextBoolean() ? "\"nope\"" : "1")
                    : "\"" + ((Enum<?>) constants[random.nextInt(constants.length)]).name() + "\"";
        }
        if (raw == java.util.Optional.class) {
            return value(random, args[0], depth);
        }
        if (java.util.Collection.class.isAssignableFrom(raw)) {
            StringBuilder array = new StringBuilder("[");
            int n = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                array.append(i > 0 ? "," : "").append(value(random, args.length > 0 ? args[0] : Object.class,
                        depth + 1));
            }
            return array.append(']').toString();
        }
        if (java.util.Map.class.isAssignableFrom(raw)) {
            StringBuilder object = new StringBuilder("{");
            int n = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < n; i++) {
                object.append(i > 0 ? "," : "").append("\"k").append(random.nextInt(5)).append("\":")
                        .append(value(random, args.length > 1 ? args[1] : Object.class, depth + 1));
            }
            return object.append('}').toString();
        }
        if (raw == Object.class) {
            return RandomJson.value(random, 2);
        }
        return object(random, raw, args, depth);
    }

    private static String object(Random random, Class<?> raw, Type[] args, int depth) {
        StringBuilder object = new StringBuilder("{");
        String comma = "";
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                comma = member(random, object, comma, name(component.getAccessor(), component.getName()),
                        bind(component.getGenericType(), raw, args), depth);
            }
        } else {
            for (Method method : raw.getDeclaredMethods()) {
                if (method.getName().startsWith("set") && Modifier.isPublic(method.getModifiers())) {
                    String name = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
                    comma = member(random, object, comma, name, method.getGenericParameterTypes()[0], depth);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            object.append(comma).append("\"unknown\":").append(RandomJson.value(random, 2));
        }
        return object.append('}').toString();
    }

    private static String member(Random random, StringBuilder object, String comma, String name, Type type,
            int depth) {
        if (depth > 4 || random.nextInt(6) == 0) {
            return comma; // absent
        }
        object.append(comma).append('"').append(name).append("\":").append(value(random, type, depth + 1));
        if (random.nextInt(40) == 0) {
            object.append(",\"").append(name).append("\":").append(value(random, type, depth + 1)); // repeated
        }
        return ",";
    }

    private static String name(Method accessor, String name) {
        com.fasterxml.jackson.annotation.JsonProperty renamed =
                accessor.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null ? renamed.value() : name;
    }

    private static Type bind(Type type, Class<?> raw, Type[] args) {
        if (type instanceof TypeVariable) {
            TypeVariable<?>[] params = raw.getTypeParameters();
            for (int i = 0; i < params.length; i++) {
                if (params[i].equals(type)) {
                    return args[i];
                }
            }
        }
        return type;
    }
}
