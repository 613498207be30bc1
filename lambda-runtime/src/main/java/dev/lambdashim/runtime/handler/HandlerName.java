package dev.lambdashim.runtime.handler;

/**
 * The parsed value of {@code _HANDLER}: {@code pkg.Class} or {@code pkg.Class::method}.
 *
 * @param className the binary class name, e.g. {@code com.example.Hello} or {@code com.example.Outer$Inner}
 * @param methodName the method, or {@code null} for a class implementing {@code Handler} or {@code StreamHandler}
 */
public record HandlerName(String className, String methodName) {

    static final String FORMS = "pkg.Class (implementing dev.lambdashim.core.Handler or StreamHandler)"
            + " or pkg.Class::method";

    public static HandlerName parse(String value) throws HandlerInitException {
        if (value == null) {
            throw malformed("no handler is configured: set the function's Handler (the _HANDLER environment"
                    + " variable) or the plugin's <handler> to " + FORMS);
        }
        String trimmed = value.strip();
        int separator = trimmed.indexOf("::");
        String className = separator < 0 ? trimmed : trimmed.substring(0, separator);
        String methodName = separator < 0 ? null : trimmed.substring(separator + 2);
        if (!isBinaryClassName(className)) {
            throw malformed("handler '" + value + "' does not name a class: expected " + FORMS
                    + ", e.g. com.example.Hello or com.example.Hello::handle");
        }
        if (methodName != null && !isIdentifier(methodName)) {
            throw malformed("handler '" + value + "' does not name a method after '::': expected " + FORMS
                    + ", e.g. " + className + "::handle");
        }
        return new HandlerName(className, methodName);
    }

    private static HandlerInitException malformed(String message) {
        return new HandlerInitException("MalformedHandlerName", message, null);
    }

    private static boolean isBinaryClassName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    @Override
    public String toString() {
        return methodName == null ? className : className + "::" + methodName;
    }
}
