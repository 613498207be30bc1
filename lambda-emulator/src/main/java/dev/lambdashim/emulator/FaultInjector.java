package dev.lambdashim.emulator;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/** Faults waiting to answer the next requests of a route, in the order they were injected. */
final class FaultInjector {

    /** A status to answer the next {@code remaining} requests with. */
    private static final class Fault {
        final int status;
        int remaining;

        Fault(int status, int remaining) {
            this.status = status;
            this.remaining = remaining;
        }
    }

    private final Map<Route, ArrayDeque<Fault>> faults = new EnumMap<>(Route.class);
    /** Lets requests skip the lock while no fault is armed, the benchmark case. */
    private volatile boolean armed;

    /** Arms {@code times} answers with {@code status} on {@code route}, after those already armed. */
    synchronized void inject(Route route, int status, int times) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times < 0: " + times);
        }
        if (times > 0) {
            faults.computeIfAbsent(route, r -> new ArrayDeque<>()).addLast(new Fault(status, times));
            armed = true;
        }
    }

    /** The status to answer this request of {@code route} with, or {@code 0} to process it normally. */
    int take(Route route) {
        if (!armed) {
            return 0;
        }
        synchronized (this) {
            ArrayDeque<Fault> queue = faults.get(route);
            Fault fault = queue == null ? null : queue.peekFirst();
            if (fault == null) {
                return 0;
            }
            if (--fault.remaining == 0) {
                queue.removeFirst();
                armed = faults.values().stream().anyMatch(q -> !q.isEmpty());
            }
            return fault.status;
        }
    }
}
