package dev.lambdashim.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * What the runtime's default {@code ObjectMapper} would read from a type's annotations, as far as {@link TypedJson}
 * decides it: {@code @JsonProperty} with a name only, and {@code @JsonInclude(NON_NULL)} on a class (all that
 * {@code lambda-events} uses). Any other annotation databind reads (any of Jackson's, one of the user's annotated
 * {@code @JacksonAnnotationsInside}, {@code java.beans}' {@code @ConstructorProperties} and {@code @Transient}) makes
 * the type {@link Unsure}, so that databind binds it.
 */
final class JacksonAnnotations {

    /** Thrown, without a stack trace, for a type whose binding only databind can say. */
    static final class Unsure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsure() {
            super(null, null, false, false);
        }
    }

    static final Unsure UNSURE = new Unsure();

    private JacksonAnnotations() {
    }

    /** Fails unless none of the elements carries an annotation databind reads. */
    static void requireNone(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                if (readByDatabind(annotation)) {
                    throw UNSURE;
                }
            }
        }
    }

    /**
     * The name an element's {@code @JsonProperty} gives (the same on each element, as a record component's annotation
     * is on its field, accessor and constructor parameter), {@code null} without one; {@link Unsure} for any other
     * annotation databind reads or any attribute but the name.
     */
    static String propertyName(AnnotatedElement... elements) {
        String name = null;
        for (AnnotatedElement element : elements) {
            String own = null;
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                if (annotation instanceof JsonProperty) {
                    requireDefaultsBut(annotation, "value");
                    own = ((JsonProperty) annotation).value();
                    if (own.isEmpty()) {
                        throw UNSURE; // USE_DEFAULT_NAME: a marker databind reads in more ways than a name
                    }
                } else if (readByDatabind(annotation)) {
                    throw UNSURE;
                }
            }
            if (own != null && name != null && !own.equals(name)) {
                throw UNSURE;
            }
            name = own != null ? own : name;
        }
        return name;
    }

    /**
     * Whether the class is {@code @JsonInclude(NON_NULL)}: its null properties are left out. {@link Unsure} for any
     * other annotation databind reads on the class.
     */
    static boolean nonNullClass(Class<?> type) {
        boolean nonNull = false;
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (annotation instanceof JsonInclude) {
                requireDefaultsBut(annotation, "value");
                if (((JsonInclude) annotation).value() != JsonInclude.Include.NON_NULL) {
                    throw UNSURE;
                }
                nonNull = true;
            } else if (readByDatabind(annotation)) {
                throw UNSURE;
            }
        }
        return nonNull;
    }

    /** Fails when the class or any of its methods or those of its interfaces, all the way up, carries one. */
    static void requireNoneOnInterfaces(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            requireNone(implemented);
            for (Method method : implemented.getDeclaredMethods()) {
                requireNone(method);
            }
            requireNoneOnInterfaces(implemented);
        }
    }

    private static boolean readByDatabind(Annotation annotation) {
        String name = annotation.annotationType().getName();
        if (name.startsWith("com.fasterxml.jackson.") || name.startsWith("java.beans.")) {
            return true;
        }
        if (name.startsWith("java.lang.")) {
            return false;
        }
        // A user's annotation bundling Jackson's (@JacksonAnnotationsInside) is read as Jackson's.
        for (Annotation meta : annotation.annotationType().getDeclaredAnnotations()) {
            if (meta.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }

    /** Fails unless every attribute but {@code kept} has its default value. */
    private static void requireDefaultsBut(Annotation annotation, String kept) {
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            if (attribute.getName().equals(kept) || attribute.getParameterCount() != 0) {
                continue;
            }
            Object value;
            try {
                value = attribute.invoke(annotation);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw UNSURE;
            }
            if (!Arrays.deepEquals(new Object[] {value}, new Object[] {attribute.getDefaultValue()})) {
                throw UNSURE;
            }
        }
    }
}
