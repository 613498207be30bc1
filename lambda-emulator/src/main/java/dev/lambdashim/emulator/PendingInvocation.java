package dev.lambdashim.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An invocation queued on the emulator and the result it will end with.
 *
 * <p>The future completes when the runtime posts a response or an error, when an init error fails it,
 * and completes exceptionally with an {@link IllegalStateException} when the emulator closes first.
 *
 * @param invocation the queued invocation
 * @param result     completes with the invocation's result
 */
public record PendingInvocation(Invocation invocation, CompletableFuture<InvocationResult> result) {

    /** Validates the components. */
    public PendingInvocation {
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(result, "result");
    }

    /**
     * Waits for the result.
     *
     * @throws TimeoutException      if none came within {@code timeout}
     * @throws InterruptedException  if the waiting thread was interrupted
     * @throws IllegalStateException if the emulator closed before the invocation ended
     */
    public InvocationResult await(Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw Futures.unchecked(e);
        }
    }
}
