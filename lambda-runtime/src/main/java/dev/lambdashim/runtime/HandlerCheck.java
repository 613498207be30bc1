package dev.lambdashim.runtime;

import dev.lambdashim.runtime.handler.HandlerInitException;
import dev.lambdashim.runtime.handler.HandlerName;
import dev.lambdashim.runtime.handler.HandlerResolver;
/**
 * The build-time check of a handler, used by the Maven plugin before it packages anything: the same rules the runtime
 * applies at start-up, run inside a class loader over the function's classpath, without initializing the handler
 * class or running any of the function's code.
 */
public final class HandlerCheck {

    private HandlerCheck() {
    }

    /**
     * Checks a handler on the JVM this runs on, with the classpath it was started with: the build runs it on the
     * target JDK, so a class compiled for a newer Java fails here, naming both versions, instead of at Lambda.
     *
     * @param args the handler
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HandlerCheck pkg.Class[::method]");
            System.exit(2);
        }
        String problem = problem(args[0], HandlerCheck.class.getClassLoader());
        if (problem != null) {
            System.err.println("lambda-shim: " + problem);
            System.exit(1);
        }
        System.out.println("lambda-shim: handler " + args[0] + " loads on Java " + Runtime.version());
    }

    /**
     * @param handler the handler as configured, {@code pkg.Class} or {@code pkg.Class::method}
     * @param loader a class loader that sees the function's classes, its dependencies and this runtime
     * @return {@code null} when the runtime will accept the handler, otherwise what is wrong and what is accepted
     */
    public static String problem(String handler, ClassLoader loader) {
        return problem(handler, loader, false);
    }

    /**
     * @param newerClassesUnknown {@code true} when this JVM is not the target one: classes compiled for a newer Java
     *     than this JVM cannot be checked here (the target JDK's check decides), so they are not a problem
     * @return as {@link #problem(String, ClassLoader)}
     */
    public static String problem(String handler, ClassLoader loader, boolean newerClassesUnknown) {
        try {
            new HandlerResolver(loader).check(HandlerName.parse(handler));
            return null;
        } catch (HandlerInitException e) {
            if (newerClassesUnknown && e.reason().equals(HandlerResolver.UNSUPPORTED_CLASS_VERSION)) {
                return null;
            }
            return e.getMessage();
        }
    }

    /**
     * Whether a handler that {@link #problem} accepts may need Jackson databind (see
     * {@link HandlerResolver#needsDatabind}); {@code true} when that cannot be told.
     *
     * @param loader a class loader that sees the function's classes, its dependencies and this runtime
     */
    public static boolean needsDatabind(String handler, ClassLoader loader) {
        try {
            return new HandlerResolver(loader).needsDatabind(HandlerName.parse(handler));
        } catch (HandlerInitException | LinkageError e) {
            return true;
        }
    }
}
