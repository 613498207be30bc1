package dev.lambdashim.runtime.invocation;

/**
 * The invocation in progress: the one piece of static mutable state of the process. The loop sets it when an event
 * arrives and clears it when the answer is posted; loggers on any thread read it to tag their records. It sits below
 * the loop and the logger so that neither reaches into the other.
 */
public final class CurrentInvocation {

    private static volatile Ids current;

    /** The ids of one invocation; {@code tenantId} and {@code traceId} may be {@code null}. */
    private record Ids(String requestId, String tenantId, String traceId) {
    }

    private CurrentInvocation() {
    }

    /** Called by the loop when an invocation starts. */
    public static void begin(String requestId, String tenantId, String traceId) {
        current = new Ids(requestId, tenantId, traceId);
    }

    /** Called by the loop when the invocation's answer has been posted. */
    public static void end() {
        current = null;
    }

    /** The request id of the invocation in progress, or {@code null} between invocations. */
    public static String requestId() {
        Ids ids = current;
        return ids == null ? null : ids.requestId;
    }

    /** The tenant id of the invocation in progress, or {@code null} between invocations or when it has none. */
    public static String tenantId() {
        Ids ids = current;
        return ids == null ? null : ids.tenantId;
    }

    /** The X-Ray trace header of the invocation in progress, or {@code null}. */
    public static String traceId() {
        Ids ids = current;
        return ids == null ? null : ids.traceId;
    }
}
