package dev.lambdashim.runtime.aws;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.InvocationFailure;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Calls a {@code RequestHandler}, or a method taking an event: the event read and the result written by the
 * serializer AWS's runtime would pick for the type. A handler that returns nothing answers {@code null}.
 */
final class PojoInvoker implements FunctionInvoker {

    @FunctionalInterface
    interface Function {
        Object apply(Object event, com.amazonaws.services.lambda.runtime.Context context) throws Throwable;
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final Function function;
    private final Type eventType;
    private final Type resultType;
    private final AwsSerializers serializers;

    /**
     * @param eventType {@code null} when the handler takes no event
     * @param resultType {@code null} when the handler returns {@code void} or {@code Void}
     */
    PojoInvoker(Function function, Type eventType, Type resultType, AwsSerializers serializers) {
        this.function = function;
        this.eventType = eventType;
        this.resultType = resultType;
        this.serializers = serializers;
        // Made now, as AWS's runtime makes them: a type its serialization cannot handle fails at start-up.
        if (eventType != null) {
            serializers.forType(eventType, false);
        }
        if (resultType != null) {
            serializers.forType(resultType, false);
        }
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        AwsContext awsContext = new AwsContext(context);
        boolean android = awsContext.fromAndroid();
        Object input = null;
        if (eventType != null) {
            try {
                input = serializers.forType(eventType, android).fromJson(new ByteArrayInputStream(event));
            } catch (RuntimeException e) {
                throw new InvocationFailure("MalformedEvent", "the event cannot be read as the handler's parameter"
                        + " type " + eventType.getTypeName() + " by AWS's serialization: " + rootMessage(e), e);
            }
        }
        Object result = function.apply(input, awsContext);
        if (resultType == null) {
            response.write(NULL);
            return;
        }
        PojoSerializer<Object> serializer = serializers.forType(resultType, android);
        try {
            serializer.toJson(result, response);
        } catch (RuntimeException e) {
            response.discard();
            throw new InvocationFailure("UnserializableResult", "the handler's result of type "
                    + (result == null ? "null" : result.getClass().getName()) + " cannot be written as JSON by AWS's"
                    + " serialization: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
