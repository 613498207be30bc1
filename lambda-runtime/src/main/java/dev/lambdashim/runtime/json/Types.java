package dev.lambdashim.runtime.json;

import static dev.lambdashim.runtime.json.JacksonAnnotations.UNSURE;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/** Generic types with the type variables of a record or bean replaced by what the type that uses it binds them to. */
final class Types {

    private Types() {
    }

    static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable) {
            Type actual = bound.get(type);
            if (actual == null) {
                throw UNSURE;
            }
            return actual;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType generic = (ParameterizedType) type;
            Type[] args = generic.getActualTypeArguments().clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = resolve(args[i], bound);
            }
            return new Parameterized(generic.getRawType(), args, generic.getOwnerType());
        }
        if (type instanceof WildcardType) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getLowerBounds().length != 0 || wildcard.getUpperBounds().length != 1) {
                throw UNSURE;
            }
            return resolve(wildcard.getUpperBounds()[0], bound);
        }
        if (type instanceof GenericArrayType) {
            throw UNSURE;
        }
        return type;
    }

    /** A resolved parameterized type, equal to the JDK's for the same raw type and arguments (a plan's key). */
    private static final class Parameterized implements ParameterizedType {
        private final Type raw;
        private final Type[] args;
        private final Type owner;

        Parameterized(Type raw, Type[] args, Type owner) {
            this.raw = raw;
            this.args = args;
            this.owner = owner;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof ParameterizedType)) {
                return false;
            }
            ParameterizedType that = (ParameterizedType) other;
            return raw.equals(that.getRawType()) && Objects.equals(owner, that.getOwnerType())
                    && Arrays.equals(args, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getTypeName() + Arrays.toString(args);
        }
    }
}
