package dev.lambdashim.runtime.invocation;

/**
 * The invocation in progress: the one piece of static mutable state of the process. The loop sets it when an event
 * arrives and clears it when the answer is posted; loggers on any thread read it to tag their records. It sits below
 * the loop and the logger so that neither reaches into the other.
 *
 * <p>With one invocation at a time ({@code AWS_LAMBDA_MAX_CONCURRENCY} unset or 1) it is one process-wide value, so
 * a thread the handler started tags its records too. With several at once ({@link #usePerThread()}, before the
 * workers start) each worker thread holds its own: a record carries the ids of the invocation whose thread wrote it,
 * and a thread no worker runs carries none, since nothing says which invocation it works for. The process-wide read
 * comes first, so the one-at-a-time path costs what it did before (a volatile read, one null check).
 */
public final class CurrentInvocation {

    private static volatile Ids current;
    private static final ThreadLocal<Ids> ON_THIS_THREAD = new ThreadLocal<>();
    private static volatile boolean perThread;

    /** The ids of one invocation; {@code tenantId} and {@code traceId} may be {@code null}. */
    private record Ids(String requestId, String tenantId, String traceId) {
    }

    private CurrentInvocation() {
    }

    /** Called once, before several invocations run at once: from then on each thread holds its own. */
    public static void usePerThread() {
        perThread = true;
    }

    /** Called by the loop when an invocation starts (one at a time). */
    public static void begin(String requestId, String tenantId, String traceId) {
        current = new Ids(requestId, tenantId, traceId);
    }

    /** Called by the loop when the invocation's answer has been posted (one at a time). */
    public static void end() {
        current = null;
    }

    /** Called by a worker thread when its invocation starts (several at once). */
    public static void beginOnThisThread(String requestId, String tenantId, String traceId) {
        ON_THIS_THREAD.set(new Ids(requestId, tenantId, traceId));
    }

    /** Called by a worker thread when its invocation's answer has been posted (several at once). */
    public static void endOnThisThread() {
        ON_THIS_THREAD.remove();
    }

    private static Ids ids() {
        Ids ids = current;
        return ids != null || !perThread ? ids : ON_THIS_THREAD.get();
    }

    /** The request id of the invocation in progress, or {@code null} between invocations. */
    public static String requestId() {
        Ids ids = ids();
        return ids == null ? null : ids.requestId;
    }

    /** The tenant id of the invocation in progress, or {@code null} between invocations or when it has none. */
    public static String tenantId() {
        Ids ids = ids();
        return ids == null ? null : ids.tenantId;
    }

    /** The X-Ray trace header of the invocation in progress, or {@code null}. */
    public static String traceId() {
        Ids ids = ids();
        return ids == null ? null : ids.traceId;
    }
}
