package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The parameter lists a {@code Class::method} handler may have, in the order of preference used to pick among
 * overloads: the first shape that matches wins, two overloads of the same shape are rejected as ambiguous.
 */
public enum MethodShape {
    STREAMING("(InputStream, ResponseStream, Context)"),
    STREAM_CONTEXT("(InputStream, OutputStream, Context)"),
    STREAM("(InputStream, OutputStream)"),
    EVENT_CONTEXT("(T, Context)"),
    EVENT("(T)"),
    CONTEXT("(Context)"),
    NONE("()");

    public static final String ACCEPTED = "(InputStream, ResponseStream, Context) to stream,"
            + " (InputStream, OutputStream, Context), (InputStream, OutputStream),"
            + " (T event, Context), (T event), (Context) or (), returning any type, void or CompletionStage<T>";

    private final String signature;

    MethodShape(String signature) {
        this.signature = signature;
    }

    /** The shape of these parameter types, or {@code null} when the runtime cannot call such a method. */
    static MethodShape of(Class<?>[] p) {
        switch (p.length) {
            case 0:
                return NONE;
            case 1:
                if (p[0] == Context.class) {
                    return CONTEXT;
                }
                return isStream(p[0]) ? null : EVENT;
            case 2:
                if (p[0] == InputStream.class && p[1] == OutputStream.class) {
                    return STREAM;
                }
                return p[1] == Context.class && !isStream(p[0]) && p[0] != Context.class ? EVENT_CONTEXT : null;
            case 3:
                if (p[0] != InputStream.class || p[2] != Context.class) {
                    return null;
                }
                return p[1] == ResponseStream.class ? STREAMING : p[1] == OutputStream.class ? STREAM_CONTEXT : null;
            default:
                return null;
        }
    }

    /**
     * A {@code Class::method} runs by AWS's rules instead when one of the overloads of that name takes AWS's
     * {@code Context}, or takes or returns one of AWS's types (e.g. {@code SQSEvent}) and none of lambda-shim's: those
     * only AWS's serialization reads as AWS's runtime does. By name, so that AWS's classes are never loaded here.
     */
    static boolean usesAwsApi(List<Method> overloads) {
        for (Method m : overloads) {
            boolean shimTypes = false;
            boolean awsTypes = m.getReturnType().getName().startsWith(AwsApiNames.AWS_TYPES);
            for (Class<?> p : m.getParameterTypes()) {
                if (p.getName().equals(AwsApiNames.CONTEXT)) {
                    return true;
                }
                shimTypes |= p.getName().startsWith("dev.lambdashim.core.");
                awsTypes |= p.getName().startsWith(AwsApiNames.AWS_TYPES);
            }
            if (awsTypes && !shimTypes) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStream(Class<?> type) {
        return InputStream.class.isAssignableFrom(type) || OutputStream.class.isAssignableFrom(type);
    }

    /** Takes the raw event and writes the raw response, buffered or streamed. */
    boolean isStream() {
        return this == STREAMING || this == STREAM || this == STREAM_CONTEXT;
    }

    boolean takesEvent() {
        return this == EVENT || this == EVENT_CONTEXT;
    }

    @Override
    public String toString() {
        return signature;
    }
}
