package dev.lambdashim.emulator;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;

/** Faults waiting to answer the next requests of a route, in the order they were injected. */
final class FaultInjector {

    /**
     * How to answer a faulted request: with {@code status} and the injected body, with a {@code malformed}
     * answer, or (both unset) by dropping the connection.
     */
    record Fault(int status, MalformedAnswer malformed) {
        boolean dropsConnection() {
            return status == 0 && malformed == null;
        }
    }

    /** A fault to serve {@code remaining} more times. */
    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final Map<Route, ArrayDeque<Armed>> faults = new EnumMap<>(Route.class);
    /** Lets requests skip the lock while no fault is armed, the benchmark case. */
    private volatile boolean armed;

    /** Arms {@code times} answers with {@code status} on {@code route}, after those already armed. */
    void inject(Route route, int status, int times) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        arm(route, new Fault(status, null), times);
    }

    /** Arms one malformed answer on {@code route}, after the faults already armed. */
    void injectMalformed(Route route, MalformedAnswer kind) {
        arm(route, new Fault(0, kind), 1);
    }

    /** Arms one dropped connection on {@code route}, after the faults already armed. */
    void injectDrop(Route route) {
        arm(route, new Fault(0, null), 1);
    }

    private synchronized void arm(Route route, Fault fault, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times < 0: " + times);
        }
        if (times > 0) {
            faults.computeIfAbsent(route, r -> new ArrayDeque<>()).addLast(new Armed(fault, times));
            armed = true;
        }
    }

    /** The fault to answer this request of {@code route} with, or {@code null} to process it normally. */
    Fault take(Route route) {
        if (!armed) {
            return null;
        }
        synchronized (this) {
            ArrayDeque<Armed> queue = faults.get(route);
            Armed next = queue == null ? null : queue.peekFirst();
            if (next == null) {
                return null;
            }
            if (--next.remaining == 0) {
                queue.removeFirst();
                armed = faults.values().stream().anyMatch(q -> !q.isEmpty());
            }
            return next.fault;
        }
    }
}
