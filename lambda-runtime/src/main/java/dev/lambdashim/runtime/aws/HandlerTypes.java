package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdashim.runtime.handler.HandlerInitException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code <I, O>} of a {@link RequestHandler} class, found as AWS's runtime finds them: through superclasses and
 * interfaces, type variables bound by a subclass replaced by what it binds them to; one left unbound is an error.
 */
final class HandlerTypes {

    private HandlerTypes() {
    }

    static Type[] requestHandlerTypes(Class<?> type) throws HandlerInitException {
        Type[] io = find(type);
        if (io == null || io.length != 2) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler class " + type.getName()
                    + " does not implement RequestHandler with concrete type parameters: declare it as"
                    + " RequestHandler<EventType, ResultType>", null);
        }
        for (Type t : io) {
            if (t instanceof TypeVariable && Arrays.stream(((TypeVariable<?>) t).getBounds())
                    .allMatch(Object.class::equals)) {
                throw new HandlerInitException("InvalidHandlerSignature", "handler class " + type.getName()
                        + " does not implement RequestHandler with concrete type parameters: parameter " + t
                        + " has no upper bound; name the type in a subclass", null);
            }
        }
        return io;
    }

    static boolean isVoid(Type type) {
        return type == void.class || type == Void.class;
    }

    /** Breadth first over the supertypes, each with the bindings of its type variables. */
    private static Type[] find(Class<?> start) {
        Deque<Map.Entry<Type, Map<String, Type>>> queue = new ArrayDeque<>();
        queue.add(Map.entry(start, Map.of()));
        while (!queue.isEmpty()) {
            Map.Entry<Type, Map<String, Type>> next = queue.poll();
            Class<?> raw = raw(next.getKey());
            if (raw == null) {
                continue;
            }
            Map<String, Type> bindings = bind(next.getKey(), raw, next.getValue());
            for (Type supertype : raw.getGenericInterfaces()) {
                if (supertype instanceof ParameterizedType && raw(supertype) == RequestHandler.class) {
                    return Arrays.stream(((ParameterizedType) supertype).getActualTypeArguments())
                            .map(t -> resolve(t, bindings)).toArray(Type[]::new);
                }
                queue.add(Map.entry(supertype, bindings));
            }
            if (raw.getGenericSuperclass() != null) {
                queue.add(Map.entry(raw.getGenericSuperclass(), bindings));
            }
        }
        return null;
    }

    /** The type variables of {@code raw} bound to the arguments of {@code type}, resolved in the subclass's bindings. */
    private static Map<String, Type> bind(Type type, Class<?> raw, Map<String, Type> outer) {
        Map<String, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType) {
            Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length && i < arguments.length; i++) {
                bindings.put(variables[i].getName(), resolve(arguments[i], outer));
            }
        }
        return bindings;
    }

    private static Type resolve(Type t, Map<String, Type> bindings) {
        return t instanceof TypeVariable ? bindings.getOrDefault(((TypeVariable<?>) t).getName(), t) : t;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : null;
    }
}
