package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Handler;
import dev.lambdashim.core.StreamHandler;
import dev.lambdashim.core.StreamingHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a handler is, read from its declared types only (no initializer, constructor or method of the function runs):
 * the one decision that {@link HandlerResolver}'s start-up, the build's check and the build's question "may it need
 * databind?" share, so that the three cannot drift apart.
 *
 * @param kind which interface the class implements, or which kind of method it names
 * @param type the handler class
 * @param method the method named by {@code Class::method} (null for a class, and for AWS's method handlers, which
 *     AWS's rules choose in {@code AwsHandlers})
 * @param shape the method's parameter shape (null where {@code method} is)
 */
record HandlerPlan(Kind kind, Class<?> type, Method method, MethodShape shape) {

    enum Kind {
        /** A class implementing lambda-core's {@link Handler}. */
        JSON_CLASS,
        /** A class implementing lambda-core's {@link StreamHandler}. */
        STREAM_CLASS,
        /** A class implementing lambda-core's {@link StreamingHandler}. */
        STREAMING_CLASS,
        /** A class implementing the JDK's {@code HttpHandler}. */
        HTTP_CLASS,
        /** A class implementing AWS's {@code RequestHandler} or {@code RequestStreamHandler}. */
        AWS_CLASS,
        /** {@code Class::method} of one of lambda-core's shapes. */
        METHOD,
        /** {@code Class::method} taking AWS's {@code Context}. */
        AWS_METHOD
    }

    private static final List<Class<?>> HANDLER_INTERFACES =
            List.of(Handler.class, StreamHandler.class, StreamingHandler.class);

    /** Named, not referenced: a function that is no HttpHandler never loads the JDK's HTTP server classes. */
    static final String HTTP_HANDLER = "com.sun.net.httpserver.HttpHandler";

    /** The plan of {@code type} (a class handler) or {@code type::methodName}; what is not accepted is refused. */
    static HandlerPlan of(Class<?> type, String methodName) throws HandlerInitException {
        if (methodName == null) {
            Class<?> implemented = checkHandlerInterface(type);
            Kind kind = implemented == Handler.class ? Kind.JSON_CLASS
                    : implemented == StreamHandler.class ? Kind.STREAM_CLASS
                    : implemented == StreamingHandler.class ? Kind.STREAMING_CLASS
                    : implemented.getName().equals(HTTP_HANDLER) ? Kind.HTTP_CLASS
                    : Kind.AWS_CLASS;
            return new HandlerPlan(kind, type, null, null);
        }
        if (MethodShape.usesAwsApi(namedMethods(type, methodName))) {
            return new HandlerPlan(Kind.AWS_METHOD, type, null, null);
        }
        Method method = pickMethod(type, methodName);
        return new HandlerPlan(Kind.METHOD, type, method, MethodShape.of(method.getParameterTypes()));
    }

    /** The event type a JSON method reads (null: it takes no event). */
    Type eventType() {
        return shape.takesEvent() ? method.getGenericParameterTypes()[0] : null;
    }

    /** The result type a JSON method writes (null: it returns nothing). */
    Type resultType() {
        return method.getReturnType() == void.class ? null : method.getGenericReturnType();
    }

    /**
     * Whether the handler may need Jackson databind for an event or a result: {@code false} for HTTP, stream and
     * streaming handlers and for JSON handlers that {@link PlainJsonInvoker#needsNoDatabind} serves. AWS's handler
     * API and anything uncertain (types named through a superclass) keep it.
     */
    boolean needsDatabind(ClassLoader loader) {
        switch (kind) {
            case STREAM_CLASS:
            case STREAMING_CLASS:
            case HTTP_CLASS:
                return false;
            case AWS_CLASS:
            case AWS_METHOD:
                return true;
            case JSON_CLASS:
                Type[] direct = PlainJsonInvoker.handlerTypes(type);
                return direct == null || !PlainJsonInvoker.needsNoDatabind(direct[0], direct[1], loader);
            default:
                if (shape == MethodShape.STREAMING || shape.isStream()) {
                    return false;
                }
                return !PlainJsonInvoker.needsNoDatabind(eventType(), resultType(), loader);
        }
    }

    /**
     * Which of {@link #HANDLER_INTERFACES} or the JDK's {@code HttpHandler} the class implements; none or more than
     * one is rejected.
     */
    private static Class<?> checkHandlerInterface(Class<?> type) throws HandlerInitException {
        List<Class<?>> implemented = new ArrayList<>();
        for (Class<?> kind : HANDLER_INTERFACES) {
            if (kind.isAssignableFrom(type)) {
                implemented.add(kind);
            }
        }
        Class<?> http = findInterface(type, HTTP_HANDLER);
        if (http != null) {
            implemented.add(http);
        }
        // AWS's two handler interfaces: as on AWS's runtime, a class implementing both is a stream handler.
        Class<?> aws = findInterface(type, AwsApiNames.REQUEST_STREAM_HANDLER);
        if (aws == null) {
            aws = findInterface(type, AwsApiNames.REQUEST_HANDLER);
        }
        if (aws != null) {
            implemented.add(aws);
        }
        if (implemented.size() != 1) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler class " + type.getName()
                    + (implemented.isEmpty() ? " implements none of " + names(HANDLER_INTERFACES) + ", " + HTTP_HANDLER
                    + ", " + AwsApiNames.REQUEST_HANDLER + ", " + AwsApiNames.REQUEST_STREAM_HANDLER
                    : " implements " + names(implemented)) + ": implement exactly one, or name a method as "
                    + type.getName() + "::method with one of the shapes " + MethodShape.ACCEPTED, null);
        }
        return implemented.get(0);
    }

    /** The interface of that name among the type's supertypes, found by name so that it is never loaded here. */
    private static Class<?> findInterface(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(name)) {
                    return i;
                }
                Class<?> inherited = findInterface(i, name);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    private static String names(List<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.joining(", "));
    }

    /** The public methods of that name, bridges and synthetic ones left out. */
    private static List<Method> namedMethods(Class<?> type, String methodName) {
        List<Method> named = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic()) {
                named.add(m);
            }
        }
        return named;
    }

    /** The public method of that name with the most preferred shape; overloads of equal rank are rejected. */
    private static Method pickMethod(Class<?> type, String methodName) throws HandlerInitException {
        List<Method> named = namedMethods(type, methodName);
        if (named.isEmpty()) {
            boolean hidden = Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(methodName));
            throw new HandlerInitException("HandlerNotFound", "handler method " + type.getName() + "::" + methodName
                    + (hidden ? " is not public: make it public" : " does not exist") + "; public methods of "
                    + type.getName() + ": " + publicMethods(type) + ". Accepted shapes: " + MethodShape.ACCEPTED,
                    null);
        }
        Method best = null;
        MethodShape bestShape = null;
        List<Method> tied = new ArrayList<>();
        for (Method m : named) {
            MethodShape shape = MethodShape.of(m.getParameterTypes());
            if (shape == null) {
                continue;
            }
            if (bestShape == null || shape.ordinal() < bestShape.ordinal()) {
                best = m;
                bestShape = shape;
                tied.clear();
                tied.add(m);
            } else if (shape == bestShape && !Arrays.equals(m.getParameterTypes(), best.getParameterTypes())) {
                tied.add(m);
            }
        }
        if (best == null) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + type.getName() + "::"
                    + methodName + " has no accepted parameter list: found "
                    + named.stream().map(HandlerPlan::describe).collect(Collectors.joining(", "))
                    + "; accepted shapes: " + MethodShape.ACCEPTED, null);
        }
        if (tied.size() > 1) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + type.getName() + "::"
                    + methodName + " is ambiguous: " + tied.stream().map(HandlerPlan::describe)
                    .collect(Collectors.joining(" and ")) + " both have the shape " + bestShape
                    + "; rename one of them or name a method that is not overloaded", null);
        }
        return best;
    }

    private static String publicMethods(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class) {
                names.add(describe(m));
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    static String describe(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
