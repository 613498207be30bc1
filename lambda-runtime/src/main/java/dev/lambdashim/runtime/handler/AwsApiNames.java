package dev.lambdashim.runtime.handler;

/**
 * How the resolver recognises a handler written against AWS's {@code aws-lambda-java-core}: by class names only, so
 * that a function without AWS's jar never loads it, nor the runtime's {@code runtime.aws} bridge. Constants only,
 * which the compiler copies into their users: this class itself is never loaded (checked by
 * {@code StartupClassLoadingTest}).
 */
final class AwsApiNames {

    static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
    /** AWS's core and event classes (and the event models under {@code com.amazonaws.services.*}). */
    static final String AWS_TYPES = "com.amazonaws.services.";

    private AwsApiNames() {
    }
}
