package dev.lambdashim.runtime;

/**
 * The build-time check of a handler, used by the Maven plugin before it packages anything: the same rules the runtime
 * applies at start-up, run inside a class loader over the function's classpath, without initializing the handler
 * class or running any of the function's code.
 */
public final class HandlerCheck {

    private HandlerCheck() {
    }

    /**
     * @param handler the handler as configured, {@code pkg.Class} or {@code pkg.Class::method}
     * @param loader a class loader that sees the function's classes, its dependencies and this runtime
     * @return {@code null} when the runtime will accept the handler, otherwise what is wrong and what is accepted
     */
    public static String problem(String handler, ClassLoader loader) {
        try {
            new HandlerResolver(loader).check(HandlerName.parse(handler));
            return null;
        } catch (HandlerInitException e) {
            return e.getMessage();
        }
    }
}
