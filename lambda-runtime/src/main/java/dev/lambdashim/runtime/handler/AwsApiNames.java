package dev.lambdashim.runtime.handler;

import java.lang.reflect.Method;
import java.util.List;

/**
 * How the resolver recognises a handler written against AWS's {@code aws-lambda-java-core}: by class names only, so
 * that a function without AWS's jar never loads it, nor the runtime's {@code runtime.aws} bridge.
 */
final class AwsApiNames {

    static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
    /** AWS's core and event classes (and the event models under {@code com.amazonaws.services.*}). */
    private static final String AWS_TYPES = "com.amazonaws.services.";

    private AwsApiNames() {
    }

    static boolean isAwsInterface(Class<?> kind) {
        return kind.getName().equals(REQUEST_HANDLER) || kind.getName().equals(REQUEST_STREAM_HANDLER);
    }

    /**
     * A {@code Class::method} runs by AWS's rules when one of the overloads of that name takes AWS's {@code Context},
     * or takes or returns one of AWS's types (e.g. {@code SQSEvent}) and none of lambda-shim's: those only AWS's
     * serialization reads as AWS's runtime does.
     */
    static boolean usesAwsApi(List<Method> overloads) {
        for (Method m : overloads) {
            boolean shimTypes = false;
            boolean awsTypes = m.getReturnType().getName().startsWith(AWS_TYPES);
            for (Class<?> p : m.getParameterTypes()) {
                if (p.getName().equals(CONTEXT)) {
                    return true;
                }
                shimTypes |= p.getName().startsWith("dev.lambdashim.core.");
                awsTypes |= p.getName().startsWith(AWS_TYPES);
            }
            if (awsTypes && !shimTypes) {
                return true;
            }
        }
        return false;
    }
}
