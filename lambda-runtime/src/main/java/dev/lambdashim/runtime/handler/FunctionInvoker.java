package dev.lambdashim.runtime.handler;

import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** The user's handler, resolved once at start-up, ready to be called once per event. */
public interface FunctionInvoker {

    /**
     * Runs the handler on one event.
     *
     * @param event the event payload as Lambda sent it
     * @param context this invocation's context
     * @param response where the response payload is written: buffered, or streamed when {@link #streams()}
     * @throws InvocationFailure when the runtime cannot turn the event or the result into what the handler needs
     * @throws Throwable whatever the handler threw
     */
    void invoke(byte[] event, Context context, ResponseSink response) throws Throwable;

    /** Whether the handler streams its response, so the loop must hand it a streamed sink. */
    default boolean streams() {
        return false;
    }

    /** Waits for a handler's {@code CompletionStage}; any other value is returned as it is. */
    static Object awaitIfAsync(Object result) throws Throwable {
        if (!(result instanceof CompletionStage)) {
            return result;
        }
        // toCompletableFuture() is optional for CompletionStage implementations, whenComplete is not.
        CompletableFuture<Object> done = new CompletableFuture<>();
        ((CompletionStage<?>) result).whenComplete((value, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(value);
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw cause;
        }
    }
}
