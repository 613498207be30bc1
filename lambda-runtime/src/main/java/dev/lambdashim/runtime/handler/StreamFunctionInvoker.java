package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** Calls a handler that reads and writes the raw payload itself: no JSON mapping, no Jackson loaded. */
final class StreamFunctionInvoker implements FunctionInvoker {

    /** The handler as the runtime calls it; returns {@code null} or a {@code CompletionStage} to wait for. */
    @FunctionalInterface
    interface StreamFunction {
        Object apply(InputStream in, OutputStream out, Context context) throws Throwable;
    }

    private final StreamFunction function;

    StreamFunctionInvoker(StreamFunction function) {
        this.function = function;
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        FunctionInvoker.awaitIfAsync(function.apply(new ByteArrayInputStream(event), response, context));
    }
}
