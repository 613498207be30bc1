package dev.lambdashim.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The invocation state shared by the HTTP handlers and the Java API: invocations queued for
 * {@code /next}, invocations handed out and not yet ended, and the init error.
 *
 * <p>Futures are completed outside the lock, so callbacks chained on them cannot stall the server.
 */
final class InvocationBroker {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    /** Queued and handed-out invocations by request id. */
    private final Map<String, Entry> open = new HashMap<>();
    private final CompletableFuture<PostedError> initError = new CompletableFuture<>();
    private PostedError recordedInitError;
    private boolean closed;
    /** Handed out and not yet ended: the runtime is working on them. */
    private int inFlight;
    private int maxInFlight;

    /** An open invocation, who listens to its streamed response, and whether {@code /next} handed it out yet. */
    private static final class Entry {
        final PendingInvocation pending;
        final ResponseListener listener;
        boolean handedOut;

        Entry(PendingInvocation pending, ResponseListener listener) {
            this.pending = pending;
            this.listener = listener;
        }
    }

    /** The listener of invocations enqueued without one. */
    static final ResponseListener NO_LISTENER = chunk -> { };

    /**
     * Queues an invocation; if an init error already came it fails at once, as the runtime is gone.
     *
     * @throws IllegalArgumentException if an invocation with the same request id is queued or running
     * @throws IllegalStateException    if the emulator is closed
     */
    PendingInvocation enqueue(Invocation invocation, ResponseListener listener) {
        PendingInvocation pending = new PendingInvocation(invocation, new CompletableFuture<>());
        PostedError failure;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("emulator is closed");
            }
            failure = recordedInitError;
            if (failure == null) {
                Entry entry = new Entry(pending, listener == null ? NO_LISTENER : listener);
                if (open.putIfAbsent(invocation.requestId(), entry) != null) {
                    throw new IllegalArgumentException("request id already in use: " + invocation.requestId());
                }
                queue.addLast(entry);
                queued.signal();
                return pending;
            }
        } finally {
            lock.unlock();
        }
        pending.result().complete(initErrorResult(invocation.requestId(), failure));
        return pending;
    }

    /**
     * Blocks until an invocation is queued and hands it out; it stays open until {@link #complete}.
     *
     * @return the invocation, or {@code null} once the emulator closed
     */
    Invocation awaitNext() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closed) {
                queued.await();
            }
            if (closed) {
                return null;
            }
            Entry entry = queue.removeFirst();
            entry.handedOut = true;
            maxInFlight = Math.max(maxInFlight, ++inFlight);
            return entry.pending.invocation();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The listener of a handed-out, still open invocation ({@link #NO_LISTENER} if it has none).
     *
     * @return {@code null} if {@code requestId} is not an invocation handed out and still open
     */
    ResponseListener listenerOf(String requestId) {
        lock.lock();
        try {
            Entry entry = open.get(requestId);
            return entry == null || !entry.handedOut ? null : entry.listener;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends a handed-out invocation.
     *
     * @return {@code false} if {@code requestId} is not an invocation handed out and still open
     */
    boolean complete(String requestId, InvocationResult.Outcome outcome, byte[] body, Map<String, String> headers) {
        return complete(new InvocationResult(requestId, outcome, body, headers));
    }

    /**
     * Ends a handed-out invocation with {@code result}.
     *
     * @return {@code false} if its request id is not an invocation handed out and still open
     */
    boolean complete(InvocationResult result) {
        String requestId = result.requestId();
        PendingInvocation pending;
        lock.lock();
        try {
            Entry entry = open.get(requestId);
            if (entry == null || !entry.handedOut) {
                return false;
            }
            open.remove(requestId);
            inFlight--;
            pending = entry.pending;
        } finally {
            lock.unlock();
        }
        pending.result().complete(result);
        return true;
    }

    /**
     * Records the init error and fails every open invocation with it.
     *
     * @return {@code false} if an init error was already recorded (this one is then ignored)
     */
    boolean initError(PostedError error) {
        List<PendingInvocation> failed;
        lock.lock();
        try {
            if (closed || recordedInitError != null) {
                return false;
            }
            recordedInitError = error;
            initError.complete(error); // inside the lock: close() cannot fail the future in between
            failed = pendingOf(open.values());
            open.clear();
            queue.clear();
            inFlight = 0;
        } finally {
            lock.unlock();
        }
        for (PendingInvocation pending : failed) {
            pending.result().complete(initErrorResult(pending.invocation().requestId(), error));
        }
        return true;
    }

    /** The most invocations handed out by {@code /next} and not yet ended at one time, so far. */
    int maxInFlight() {
        lock.lock();
        try {
            return maxInFlight;
        } finally {
            lock.unlock();
        }
    }

    /** The init error, if one came. */
    Optional<PostedError> initError() {
        lock.lock();
        try {
            return Optional.ofNullable(recordedInitError);
        } finally {
            lock.unlock();
        }
    }

    /** Completes when an init error comes; fails when the emulator closes first. */
    CompletableFuture<PostedError> initErrorFuture() {
        return initError;
    }

    /** Wakes every blocked {@link #awaitNext()} and fails every open invocation and the init-error future. */
    void close() {
        List<PendingInvocation> failed;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            failed = pendingOf(open.values());
            open.clear();
            queue.clear();
            queued.signalAll();
        } finally {
            lock.unlock();
        }
        IllegalStateException closedException = new IllegalStateException("emulator closed");
        for (PendingInvocation pending : failed) {
            pending.result().completeExceptionally(closedException);
        }
        initError.completeExceptionally(closedException);
    }

    private static List<PendingInvocation> pendingOf(Collection<Entry> entries) {
        List<PendingInvocation> pending = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            pending.add(entry.pending);
        }
        return pending;
    }

    private static InvocationResult initErrorResult(String requestId, PostedError error) {
        return new InvocationResult(requestId, InvocationResult.Outcome.INIT_ERROR, error.body(), error.headers());
    }
}
