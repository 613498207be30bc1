package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.core.StreamHandler;
import dev.lambdashim.core.StreamingHandler;
import dev.lambdashim.runtime.aws.AwsHandlers;
import dev.lambdashim.runtime.http.HttpFunctionInvoker;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns {@code _HANDLER} into a {@link FunctionInvoker}, once, at start-up: loads and initializes the class, creates
 * the instance, picks the method and prepares its JSON reader and writer. Every problem is a
 * {@link HandlerInitException} whose message names the class or method and says what is accepted.
 */
public final class HandlerResolver {

    private static final MethodType EVENT_FUNCTION = MethodType.methodType(Object.class, Object.class, Context.class);
    private static final MethodType STREAM_FUNCTION =
            MethodType.methodType(Object.class, InputStream.class, OutputStream.class, Context.class);
    private static final MethodType STREAMING_FUNCTION =
            MethodType.methodType(Object.class, InputStream.class, ResponseStream.class, Context.class);
    private static final List<Class<?>> HANDLER_INTERFACES =
            List.of(Handler.class, StreamHandler.class, StreamingHandler.class);

    /** Named, not referenced: a function that is no HttpHandler never loads the JDK's HTTP server classes. */
    static final String HTTP_HANDLER = "com.sun.net.httpserver.HttpHandler";

    public static final String UNSUPPORTED_CLASS_VERSION = "UnsupportedClassVersion";

    private final ClassLoader loader;
    private final boolean httpStreaming;

    public HandlerResolver(ClassLoader loader) {
        this(loader, false);
    }

    /**
     * @param httpStreaming an {@code HttpHandler} streams its response as an HTTP response (a Function URL with
     *     {@code InvokeMode: RESPONSE_STREAM}) instead of answering with its front door's JSON
     */
    public HandlerResolver(ClassLoader loader, boolean httpStreaming) {
        this.loader = loader;
        this.httpStreaming = httpStreaming;
    }

    public FunctionInvoker resolve(HandlerName name) throws HandlerInitException {
        Class<?> type = loadClass(name.className(), true);
        return name.methodName() == null ? resolveClass(type) : resolveMethod(type, name.methodName());
    }

    /**
     * Applies the same rules as {@link #resolve} without initializing the class or creating an instance, so that a
     * build can check a handler without running any of the function's code.
     */
    public void check(HandlerName name) throws HandlerInitException {
        Class<?> type = loadClass(name.className(), false);
        if (name.methodName() == null) {
            Class<?> kind = checkHandlerInterface(type);
            checkInstantiable(type);
            if (isAwsInterface(kind)) {
                AwsHandlers.checkClass(type, loader);
            }
        } else if (MethodShape.usesAwsApi(namedMethods(type, name.methodName()))) {
            if (!Modifier.isStatic(AwsHandlers.checkMethod(type, name.methodName(), loader).getModifiers())) {
                checkInstantiable(type);
            }
        } else if (!Modifier.isStatic(pickMethod(type, name.methodName()).getModifiers())) {
            checkInstantiable(type);
        }
    }

    /**
     * Whether the handler may need Jackson databind for an event or a result, decided from its declared types as
     * {@link #resolve} decides, without initializing the class: {@code false} for HTTP, stream and streaming handlers
     * and for JSON handlers that {@link PlainJsonInvoker#needsNoDatabind} serves, so that the build can leave
     * databind out of their zips. AWS's handler API and anything uncertain (types named through a superclass) keep it.
     */
    public boolean needsDatabind(HandlerName name) throws HandlerInitException {
        Class<?> type = loadClass(name.className(), false);
        if (name.methodName() == null) {
            Class<?> kind = checkHandlerInterface(type);
            if (kind == Handler.class) {
                Type[] direct = PlainJsonInvoker.handlerTypes(type);
                return direct == null || !PlainJsonInvoker.needsNoDatabind(direct[0], direct[1], loader);
            }
            return isAwsInterface(kind);
        }
        if (MethodShape.usesAwsApi(namedMethods(type, name.methodName()))) {
            return true;
        }
        Method method = pickMethod(type, name.methodName());
        MethodShape shape = MethodShape.of(method.getParameterTypes());
        if (shape == MethodShape.STREAMING || shape.isStream()) {
            return false;
        }
        return !PlainJsonInvoker.needsNoDatabind(shape.takesEvent() ? method.getGenericParameterTypes()[0] : null,
                method.getReturnType() == void.class ? null : method.getGenericReturnType(), loader);
    }

    private Class<?> loadClass(String className, boolean initialize) throws HandlerInitException {
        try {
            return Class.forName(className, initialize, loader);
        } catch (ClassNotFoundException e) {
            throw new HandlerInitException("HandlerNotFound", "handler class " + className
                    + " was not found on the classpath: check the spelling of the function's Handler (_HANDLER)"
                    + " or the plugin's <handler>, and that the class is packaged in the zip", null);
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new HandlerInitException("HandlerInitError", "the static initializer of " + className
                    + " threw " + cause, cause);
        } catch (UnsupportedClassVersionError e) {
            throw new HandlerInitException(UNSUPPORTED_CLASS_VERSION, "handler class " + className
                    + " was compiled for a newer Java than this runtime (Java " + Runtime.version().feature()
                    + "): " + e.getMessage() + "; compile with --release " + Runtime.version().feature()
                    + " or package a newer Java", e);
        } catch (LinkageError e) {
            throw new HandlerInitException("HandlerInitError", "handler class " + className
                    + " could not be loaded: " + e + " (is one of its dependencies missing from the package?)", e);
        }
    }

    private FunctionInvoker resolveClass(Class<?> type) throws HandlerInitException {
        Class<?> kind = checkHandlerInterface(type);
        Object instance = instantiate(type);
        if (kind.getName().equals(HTTP_HANDLER)) {
            return HttpFunctionInvoker.of(instance, httpStreaming);
        }
        if (isAwsInterface(kind)) {
            return AwsHandlers.forInstance(type, instance, loader);
        }
        if (kind == StreamingHandler.class) {
            StreamingHandler handler = (StreamingHandler) instance;
            return new StreamingFunctionInvoker((event, response, context) -> {
                handler.handle(event, response, context);
                return null;
            });
        }
        if (kind == StreamHandler.class) {
            StreamHandler handler = (StreamHandler) instance;
            return new StreamFunctionInvoker((in, out, context) -> {
                handler.handle(in, out, context);
                return null;
            });
        }
        @SuppressWarnings("unchecked")
        Handler<Object, Object> handler = (Handler<Object, Object>) instance;
        return JsonInvokers.forHandler(type, handler::handle, loader);
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

    private static boolean isAwsInterface(Class<?> kind) {
        return kind.getName().equals(AwsApiNames.REQUEST_HANDLER)
                || kind.getName().equals(AwsApiNames.REQUEST_STREAM_HANDLER);
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

    private FunctionInvoker resolveMethod(Class<?> type, String methodName) throws HandlerInitException {
        if (MethodShape.usesAwsApi(namedMethods(type, methodName))) {
            return AwsHandlers.forMethod(type, methodName, loader, HandlerResolver::instantiate);
        }
        Method method = pickMethod(type, methodName);
        MethodShape shape = MethodShape.of(method.getParameterTypes());
        MethodHandle handle;
        try {
            method.setAccessible(true); // a public method of a package-private class
            handle = MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + describe(method)
                    + " cannot be called by the runtime: " + e.getMessage(), e);
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            handle = handle.bindTo(instantiate(type));
        }
        if (shape == MethodShape.STREAMING) {
            MethodHandle function = handle.asType(STREAMING_FUNCTION);
            return new StreamingFunctionInvoker((in, out, context) -> (Object) function.invokeExact(in, out, context));
        }
        if (shape.isStream()) {
            if (shape == MethodShape.STREAM) {
                handle = MethodHandles.dropArguments(handle, 2, Context.class);
            }
            MethodHandle function = handle.asType(STREAM_FUNCTION);
            return new StreamFunctionInvoker((in, out, context) -> (Object) function.invokeExact(in, out, context));
        }
        switch (shape) {
            case EVENT:
                handle = MethodHandles.dropArguments(handle, 1, Context.class);
                break;
            case CONTEXT:
                handle = MethodHandles.dropArguments(handle, 0, Object.class);
                break;
            case NONE:
                handle = MethodHandles.dropArguments(handle, 0, Object.class, Context.class);
                break;
            default:
                break;
        }
        MethodHandle function = handle.asType(EVENT_FUNCTION);
        JsonFunctionInvoker.EventFunction call = (event, context) -> (Object) function.invokeExact(event, context);
        return JsonInvokers.forMethod(call, shape.takesEvent() ? method.getGenericParameterTypes()[0] : null,
                method.getReturnType() == void.class ? null : method.getGenericReturnType(), loader);
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
                    + named.stream().map(HandlerResolver::describe).collect(Collectors.joining(", "))
                    + "; accepted shapes: " + MethodShape.ACCEPTED, null);
        }
        if (tied.size() > 1) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + type.getName() + "::"
                    + methodName + " is ambiguous: " + tied.stream().map(HandlerResolver::describe)
                    .collect(Collectors.joining(" and ")) + " both have the shape " + bestShape
                    + "; rename one of them or name a method that is not overloaded", null);
        }
        return best;
    }

    /** Creates the handler's instance through its public no-argument constructor. */
    public static Object instantiate(Class<?> type) throws HandlerInitException {
        Constructor<?> constructor = checkInstantiable(type);
        try {
            constructor.setAccessible(true); // a public constructor of a package-private class
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new HandlerInitException("HandlerInitError", "the constructor of handler class " + type.getName()
                    + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new HandlerInitException("HandlerInitError", "handler class " + type.getName()
                    + " could not be instantiated: " + e, e);
        }
    }

    private static Constructor<?> checkInstantiable(Class<?> type) throws HandlerInitException {
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler class " + type.getName()
                    + " is abstract or an interface: name a concrete class, or make the method static", null);
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler class " + type.getName()
                    + " has no public no-argument constructor: add one, or make the handler method static", null);
        }
        return constructor;
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

    private static String describe(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
