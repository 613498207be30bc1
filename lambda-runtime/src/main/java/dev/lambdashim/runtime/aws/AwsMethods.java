package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdashim.runtime.handler.HandlerInitException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which overload of a {@code Class::method} AWS's runtime calls, and with what: the accepted parameter lists are
 * {@code (InputStream, OutputStream, Context)}, {@code (InputStream, OutputStream)}, {@code (InputStream, Context)},
 * {@code (OutputStream, Context)}, {@code (InputStream)}, {@code (OutputStream)}, {@code (T, Context)}, {@code (T)},
 * {@code (Context)} and {@code ()}; among overloads the longest wins, a trailing {@code Context} counting one extra,
 * non-bridge methods before bridges; overloads of no accepted list are passed over.
 */
final class AwsMethods {

    static final String ACCEPTED = "(InputStream, OutputStream, Context), (InputStream, OutputStream),"
            + " (InputStream, Context), (OutputStream, Context), (InputStream), (OutputStream), (T event, Context),"
            + " (T event), (Context) or () with AWS's com.amazonaws.services.lambda.runtime.Context";

    /**
     * What the method takes, in this order: the input (the event's stream, or the event itself), the output stream,
     * the context.
     */
    record Shape(boolean stream, boolean takesInput, boolean takesOutput, boolean takesContext) {

        boolean takesEvent() {
            return !stream && takesInput;
        }

        Object[] arguments(Object input, OutputStream output, Context context) {
            List<Object> arguments = new ArrayList<>(3);
            if (takesInput) {
                arguments.add(input);
            }
            if (takesOutput) {
                arguments.add(output);
            }
            if (takesContext) {
                arguments.add(context);
            }
            return arguments.toArray();
        }
    }

    record Choice(Method method, Shape shape) {
    }

    private static final Comparator<Method> PRIORITY = Comparator.comparing(Method::isBridge)
            .thenComparing(Comparator.comparingInt(AwsMethods::weight).reversed());

    private AwsMethods() {
    }

    static Choice choose(Class<?> type, String name) throws HandlerInitException {
        List<Method> named = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                named.add(m);
            }
        }
        named.sort(PRIORITY); // stable: equal weights keep the order the class gives
        for (Method m : named) {
            Shape shape = shape(m.getParameterTypes());
            if (shape != null) {
                return new Choice(m, shape);
            }
        }
        throw new HandlerInitException(named.isEmpty() ? "HandlerNotFound" : "InvalidHandlerSignature",
                "handler method " + type.getName() + "::" + name + (named.isEmpty() ? " does not exist or is not"
                + " public" : " has no accepted parameter list: found " + named.stream().map(AwsMethods::describe)
                .collect(Collectors.joining(", "))) + "; accepted: " + ACCEPTED, null);
    }

    private static int weight(Method m) {
        Class<?>[] p = m.getParameterTypes();
        return p.length + (p.length > 0 && p[p.length - 1] == Context.class ? 1 : 0);
    }

    private static Shape shape(Class<?>[] p) {
        switch (p.length) {
            case 0:
                return new Shape(false, false, false, false);
            case 1:
                if (p[0] == InputStream.class || p[0] == OutputStream.class) {
                    return new Shape(true, p[0] == InputStream.class, p[0] == OutputStream.class, false);
                }
                return p[0] == Context.class ? new Shape(false, false, false, true) : new Shape(false, true, false,
                        false);
            case 2:
                if (p[0] == OutputStream.class) {
                    return p[1] == Context.class ? new Shape(true, false, true, true) : null;
                }
                if (p[0] == Context.class) {
                    return null;
                }
                if (p[0] == InputStream.class) {
                    return p[1] == OutputStream.class ? new Shape(true, true, true, false)
                            : p[1] == Context.class ? new Shape(true, true, false, true) : null;
                }
                return p[1] == Context.class ? new Shape(false, true, false, true) : null;
            case 3:
                return p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == Context.class
                        ? new Shape(true, true, true, true) : null;
            default:
                return null;
        }
    }

    private static String describe(Method m) {
        List<String> names = new ArrayList<>();
        for (Class<?> p : m.getParameterTypes()) {
            names.add(p.getSimpleName());
        }
        return m.getName() + "(" + String.join(", ", names) + ")";
    }
}
