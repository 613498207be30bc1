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
        HandlerPlan plan = HandlerPlan.of(loadClass(name.className(), true), name.methodName());
        return name.methodName() == null ? resolveClass(plan) : resolveMethod(plan, name.methodName());
    }

    /**
     * Applies the same rules as {@link #resolve} without initializing the class or creating an instance, so that a
     * build can check a handler without running any of the function's code.
     */
    public void check(HandlerName name) throws HandlerInitException {
        HandlerPlan plan = HandlerPlan.of(loadClass(name.className(), false), name.methodName());
        Class<?> type = plan.type();
        switch (plan.kind()) {
            case AWS_METHOD:
                if (!Modifier.isStatic(AwsHandlers.checkMethod(type, name.methodName(), loader).getModifiers())) {
                    checkInstantiable(type);
                }
                break;
            case METHOD:
                if (!Modifier.isStatic(plan.method().getModifiers())) {
                    checkInstantiable(type);
                }
                break;
            case AWS_CLASS:
                checkInstantiable(type);
                AwsHandlers.checkClass(type, loader);
                break;
            default:
                checkInstantiable(type);
                break;
        }
    }

    /**
     * Whether the handler may need Jackson databind for an event or a result ({@link HandlerPlan#needsDatabind}),
     * decided from its declared types as {@link #resolve} decides, without initializing the class, so that the
     * build can leave databind out of the zips of handlers that never need it.
     */
    public boolean needsDatabind(HandlerName name) throws HandlerInitException {
        return HandlerPlan.of(loadClass(name.className(), false), name.methodName()).needsDatabind(loader);
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

    private FunctionInvoker resolveClass(HandlerPlan plan) throws HandlerInitException {
        Class<?> type = plan.type();
        Object instance = instantiate(type);
        switch (plan.kind()) {
            case HTTP_CLASS:
                return HttpFunctionInvoker.of(instance, httpStreaming);
            case AWS_CLASS:
                return AwsHandlers.forInstance(type, instance, loader);
            case STREAMING_CLASS:
                StreamingHandler streaming = (StreamingHandler) instance;
                return new StreamingFunctionInvoker((event, response, context) -> {
                    streaming.handle(event, response, context);
                    return null;
                });
            case STREAM_CLASS:
                StreamHandler stream = (StreamHandler) instance;
                return new StreamFunctionInvoker((in, out, context) -> {
                    stream.handle(in, out, context);
                    return null;
                });
            default:
                @SuppressWarnings("unchecked")
                Handler<Object, Object> handler = (Handler<Object, Object>) instance;
                return JsonInvokers.forHandler(type, handler::handle, loader);
        }
    }

    private FunctionInvoker resolveMethod(HandlerPlan plan, String methodName) throws HandlerInitException {
        Class<?> type = plan.type();
        if (plan.kind() == HandlerPlan.Kind.AWS_METHOD) {
            return AwsHandlers.forMethod(type, methodName, loader, HandlerResolver::instantiate);
        }
        Method method = plan.method();
        MethodShape shape = plan.shape();
        MethodHandle handle;
        try {
            method.setAccessible(true); // a public method of a package-private class
            handle = MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + HandlerPlan.describe(method)
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
        return JsonInvokers.forMethod(call, plan.eventType(), plan.resultType(), loader);
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
}
