package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Calls a handler that streams its response: the loop hands it a sink that sends each flush as a chunk. */
final class StreamingFunctionInvoker implements FunctionInvoker {

    /** The handler as the runtime calls it; returns {@code null} or a {@code CompletionStage} to wait for. */
    @FunctionalInterface
    interface StreamingFunction {
        Object apply(InputStream event, ResponseStream response, Context context) throws Throwable;
    }

    private final StreamingFunction function;

    StreamingFunctionInvoker(StreamingFunction function) {
        this.function = function;
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        FunctionInvoker.awaitIfAsync(function.apply(new ByteArrayInputStream(event), response, context));
    }

    @Override
    public boolean streams() {
        return true;
    }
}
