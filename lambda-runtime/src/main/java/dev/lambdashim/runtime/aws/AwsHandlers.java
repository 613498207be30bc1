package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.HandlerInitException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * Handlers written against AWS's {@code aws-lambda-java-core}, run as AWS's runtime interface client runs them: a
 * {@link RequestHandler} or {@link RequestStreamHandler} class, or a {@code Class::method} taking AWS's
 * {@link Context}. Events and results go through AWS's own {@code aws-lambda-java-serialization}.
 *
 * <p>The resolver reaches this package only for such a handler (it recognises them by name), so a function without
 * AWS's jar never loads any of it.
 */
public final class AwsHandlers {

    /** Creates the handler's instance (the resolver's rules: a public no-argument constructor). */
    @FunctionalInterface
    public interface Instantiator {
        Object create(Class<?> type) throws HandlerInitException;
    }

    private AwsHandlers() {
    }

    /** The invoker of an instance of a class implementing {@code RequestStreamHandler} or {@code RequestHandler}. */
    public static FunctionInvoker forInstance(Class<?> type, Object instance, ClassLoader loader)
            throws HandlerInitException {
        AwsLambdaLogger.install();
        if (instance instanceof RequestStreamHandler) {
            RequestStreamHandler handler = (RequestStreamHandler) instance;
            return new StreamInvoker((in, out, context) -> {
                handler.handleRequest(in, out, context);
                return null;
            }, true);
        }
        Type[] io = HandlerTypes.requestHandlerTypes(type);
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) instance;
        return pojo(handler::handleRequest, io[0], HandlerTypes.isVoid(io[1]) ? null : io[1], loader, type);
    }

    /** The invoker of a {@code Class::method}, the overload chosen as AWS's runtime chooses it. */
    public static FunctionInvoker forMethod(Class<?> type, String name, ClassLoader loader, Instantiator instantiator)
            throws HandlerInitException {
        AwsLambdaLogger.install();
        AwsMethods.Choice choice = AwsMethods.choose(type, name);
        Method method = choice.method();
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiator.create(type);
        try {
            method.setAccessible(true); // a public method of a package-private class
        } catch (RuntimeException e) {
            throw new HandlerInitException("InvalidHandlerSignature", "handler method " + type.getName() + "::"
                    + name + " cannot be called by the runtime: " + e.getMessage(), e);
        }
        AwsMethods.Shape shape = choice.shape();
        if (shape.stream()) {
            return new StreamInvoker((in, out, context) -> call(method, target, shape.arguments(in, out, context)),
                    shape.takesOutput());
        }
        Type event = shape.takesEvent() ? method.getGenericParameterTypes()[0] : null;
        Type result = HandlerTypes.isVoid(method.getGenericReturnType()) ? null : method.getGenericReturnType();
        return pojo((input, context) -> call(method, target, shape.arguments(input, null, context)), event, result,
                loader, type);
    }

    /** The build's check of a class handler: its type arguments are usable, nothing of the function is run. */
    public static void checkClass(Class<?> type, ClassLoader loader) throws HandlerInitException {
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
            HandlerTypes.requestHandlerTypes(type);
        }
    }

    /** The build's check of a {@code Class::method}: the method AWS's runtime would call. */
    public static Method checkMethod(Class<?> type, String name, ClassLoader loader) throws HandlerInitException {
        return AwsMethods.choose(type, name).method();
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }

    /** Serializers are made here, at start-up, as AWS's runtime makes them before the first event. */
    private static FunctionInvoker pojo(PojoInvoker.Function function, Type event, Type result, ClassLoader loader,
            Class<?> type) throws HandlerInitException {
        try {
            return new PojoInvoker(function, event, result, new AwsSerializers(loader));
        } catch (LinkageError e) {
            throw new HandlerInitException("HandlerInitError", "handler " + type.getName() + " is written against"
                    + " AWS's aws-lambda-java-core, " + missingForSerialization(loader) + " (" + e + ")", e);
        }
    }

    /**
     * Why AWS's serialization library cannot run: absent, or present behind an aws-lambda-java-core older than it
     * needs (the function's own 1.0-1.2.x ahead of the runtime's), each told with its fix.
     */
    static String missingForSerialization(ClassLoader loader) {
        if (!loads("com.amazonaws.services.lambda.runtime.serialization.PojoSerializer", loader)) {
            return "which needs AWS's serialization library on the classpath: lambda:package adds"
                    + " com.amazonaws:aws-lambda-java-serialization to the zip when the function depends on"
                    + " aws-lambda-java-core; add it yourself to a zip built otherwise";
        }
        java.security.CodeSource core = null;
        try {
            core = Class.forName(RequestHandler.class.getName(), false, loader).getProtectionDomain().getCodeSource();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // told as an unknown jar below
        }
        return "and AWS's serialization library is on the classpath, but the aws-lambda-java-core ahead of it ("
                + (core == null ? "unknown jar" : core.getLocation()) + ") is older than the library needs (1.2.3 or"
                + " newer, with CustomPojoSerializer). AWS's runtime loads its own core ahead of the function's, and"
                + " so does a zip built by lambda:package; a zip built otherwise must put the aws-lambda-java-core"
                + " that its serialization library was built with ahead of the function's own";
    }

    private static boolean loads(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
