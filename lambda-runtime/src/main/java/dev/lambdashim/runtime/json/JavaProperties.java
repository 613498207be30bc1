package dev.lambdashim.runtime.json;

import static dev.lambdashim.runtime.json.JacksonAnnotations.UNSURE;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON properties of a record or a JavaBean, as the runtime's default {@code ObjectMapper} finds them, for the
 * shapes {@link TypedJson} decides; {@link JacksonAnnotations.Unsure} for any other (then databind binds the type).
 *
 * <p>A record: its components in order, named as declared or by {@code @JsonProperty}, made by its canonical
 * constructor; no other getter-like method. A bean: a public class whose superclass is {@code Object}, with no
 * public field; written by its public getters ({@code getX()}, {@code isX()} of a {@code boolean}), each with a field
 * of its name (databind orders them by those fields); read through its public no-argument constructor and setters,
 * when every getter has its setter (databind would otherwise set the field or fill the getter's collection).
 */
final class JavaProperties {

    /** One property: its JSON name, declared type, getter, and setter (a bean's) or constructor position. */
    static final class Property {
        final String name;
        final Type type;
        final Method getter;
        final Method setter;
        /** How the binder calls them, per invocation. */
        final MemberCall getterCall;
        final MemberCall setterCall;

        Property(String name, Type type, Method getter, Method setter) {
            this.name = name;
            this.type = type;
            this.getter = getter;
            this.setter = setter;
            this.getterCall = getter == null ? null : MemberCall.of(getter);
            this.setterCall = setter == null ? null : MemberCall.of(setter);
        }
    }

    final Class<?> type;
    /** In the order databind writes them. */
    final List<Property> written;
    /** By JSON name. */
    final Map<String, Property> read;
    /** The record's canonical constructor or the bean's no-argument one ({@code null}: a bean that is not read). */
    final Constructor<?> constructor;
    final MemberCall constructorCall;
    final boolean record;
    /** {@code @JsonInclude(NON_NULL)}: null properties are left out. */
    final boolean nonNull;

    private JavaProperties(Class<?> type, List<Property> written, Map<String, Property> read,
            Constructor<?> constructor, boolean record, boolean nonNull) {
        this.type = type;
        this.written = written;
        this.read = read;
        this.constructor = constructor;
        this.constructorCall = constructor == null ? null : MemberCall.of(constructor);
        this.record = record;
        this.nonNull = nonNull;
    }

    /** Whether a class is one this binds as an object: a record, or else a class outside the JDK's packages. */
    static boolean candidate(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !type.isInterface()
                && !type.isAnnotation() && !foreign(type) && ownInterfaces(type);
    }

    /** A class of the JDK or Jackson: databind has its own serializers for many of them. */
    private static boolean foreign(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.")
                || name.startsWith("jdk.") || name.startsWith("com.fasterxml.");
    }

    /**
     * Whether the class implements nothing of the JDK's or Jackson's but the marker interfaces: databind writes a
     * user's {@code Map}, {@code Iterable}, {@code CharSequence} or {@code JsonSerializable} in its own ways.
     */
    private static boolean ownInterfaces(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (implemented == java.io.Serializable.class || implemented == Comparable.class
                    || implemented == Cloneable.class) {
                continue;
            }
            if (foreign(implemented) || !ownInterfaces(implemented)) {
                return false;
            }
        }
        return true;
    }

    /** The properties of a record or bean; {@link JacksonAnnotations.Unsure} when databind must say. */
    static JavaProperties of(Class<?> type) {
        if (!candidate(type) || Modifier.isAbstract(type.getModifiers()) || type.isAnonymousClass()
                || type.isLocalClass() || (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))
                || type.isSynthetic()) {
            throw UNSURE;
        }
        boolean nonNull = JacksonAnnotations.nonNullClass(type);
        JacksonAnnotations.requireNoneOnInterfaces(type);
        return type.isRecord() ? record(type, nonNull) : bean(type, nonNull);
    }

    private static JavaProperties record(Class<?> type, boolean nonNull) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw UNSURE;
        }
        List<Property> written = new ArrayList<>();
        Map<String, Property> read = new HashMap<>();
        List<Method> accessors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw UNSURE;
            }
            String explicit = JacksonAnnotations.propertyName(field, component.getAccessor(),
                    canonical.getParameters()[i]);
            Property property = new Property(explicit != null ? explicit : component.getName(),
                    component.getGenericType(), component.getAccessor(), null);
            add(written, read, property);
            accessors.add(component.getAccessor());
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.equals(canonical)) {
                JacksonAnnotations.requireNone(constructor);
                JacksonAnnotations.requireNone(constructor.getParameters());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!accessors.contains(method)) {
                JacksonAnnotations.requireNone(method);
                JacksonAnnotations.requireNone(method.getParameters());
                if (getterName(method) != null) {
                    throw UNSURE; // databind would write it as a property too
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                JacksonAnnotations.requireNone(field);
            }
        }
        return new JavaProperties(type, List.copyOf(written), read, canonical, true, nonNull);
    }

    private static JavaProperties bean(Class<?> type, boolean nonNull) {
        if (type.getSuperclass() != Object.class || !Modifier.isPublic(type.getModifiers())) {
            throw UNSURE;
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            JacksonAnnotations.requireNone(field);
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                continue;
            }
            if (Modifier.isPublic(modifiers) || Modifier.isTransient(modifiers)) {
                throw UNSURE;
            }
            fields.put(field.getName(), field);
        }
        Map<String, Method> getters = new HashMap<>();
        Map<String, Method> setters = new HashMap<>();
        for (Method method : type.getDeclaredMethods()) {
            JacksonAnnotations.requireNone(method);
            JacksonAnnotations.requireNone(method.getParameters());
            String getter = getterName(method);
            String setter = setterName(method);
            if (getter != null && getters.put(getter, method) != null) {
                throw UNSURE;
            }
            if (setter != null && setters.put(setter, method) != null) {
                throw UNSURE;
            }
        }
        Constructor<?> constructor = null;
        for (Constructor<?> declared : type.getDeclaredConstructors()) {
            JacksonAnnotations.requireNone(declared);
            JacksonAnnotations.requireNone(declared.getParameters());
            if (declared.getParameterCount() == 0 && Modifier.isPublic(declared.getModifiers())) {
                constructor = declared;
            }
        }
        List<Property> written = new ArrayList<>();
        Map<String, Property> read = new HashMap<>();
        for (String name : fields.keySet()) {
            Method getter = getters.remove(name);
            if (getter != null) {
                Method setter = setters.get(name);
                written.add(new Property(name, getter.getGenericReturnType(), getter, setter));
                if (setter == null) {
                    constructor = null; // databind would set the field or fill the getter's value: not read here
                }
            }
        }
        if (!getters.isEmpty()) {
            throw UNSURE; // a getter without a field: databind's order for it is the methods' order
        }
        for (Map.Entry<String, Method> setter : setters.entrySet()) {
            read.put(setter.getKey(), new Property(setter.getKey(),
                    setter.getValue().getGenericParameterTypes()[0], null, setter.getValue()));
        }
        return new JavaProperties(type, List.copyOf(written), read, constructor, false, nonNull);
    }

    private static void add(List<Property> written, Map<String, Property> read, Property property) {
        if (read.put(property.name, property) != null) {
            throw UNSURE;
        }
        written.add(property);
    }

    /** The property a public instance getter names: {@code getName()} or a {@code boolean}'s {@code isName()}. */
    static String getterName(Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                || method.getParameterCount() != 0 || method.getReturnType() == void.class || method.isSynthetic()
                || method.isBridge()) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    private static String setterName(Method method) {
        String name = method.getName();
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                || method.getParameterCount() != 1 || !name.startsWith("set") || name.length() <= 3
                || method.isSynthetic() || method.isBridge()) {
            return null;
        }
        if (method.getReturnType() != void.class) {
            throw UNSURE; // a fluent setter: databind's rules for these changed across versions
        }
        return decapitalize(name.substring(3));
    }

    /**
     * {@code Name} to {@code name}, as databind names a property; {@link JacksonAnnotations.Unsure} for names it
     * mangles otherwise ({@code URL} to {@code url}) or ones not starting with a capital.
     */
    private static String decapitalize(String suffix) {
        char first = suffix.charAt(0);
        if (!Character.isUpperCase(first) || (suffix.length() > 1 && !Character.isLowerCase(suffix.charAt(1))
                && !Character.isDigit(suffix.charAt(1)))) {
            throw UNSURE;
        }
        return Character.toLowerCase(first) + suffix.substring(1);
    }
}
