package dev.lambdashim.runtime.aws;

import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Calls a {@code RequestStreamHandler}, or a stream-shaped method: the raw event in, the raw response out. */
final class StreamInvoker implements FunctionInvoker {

    @FunctionalInterface
    interface Function {
        Object apply(InputStream in, OutputStream out, com.amazonaws.services.lambda.runtime.Context context)
                throws Throwable;
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final Function function;
    private final boolean writesOutput;

    /** @param writesOutput {@code false} for a method without an {@code OutputStream}: the response is {@code null} */
    StreamInvoker(Function function, boolean writesOutput) {
        this.function = function;
        this.writesOutput = writesOutput;
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        function.apply(new ByteArrayInputStream(event), response, new AwsContext(context));
        if (!writesOutput) {
            response.write(NULL);
        }
    }
}
