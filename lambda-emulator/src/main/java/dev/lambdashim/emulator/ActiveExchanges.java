package dev.lambdashim.emulator;

/**
 * Counts the exchanges being handled, so that closing can let woken handlers finish their answers
 * before the server drops the connections.
 */
final class ActiveExchanges {

    private int active;

    /** An exchange starts. */
    synchronized void enter() {
        active++;
    }

    /** An exchange ended, answered or not. */
    synchronized void exit() {
        if (--active == 0) {
            notifyAll();
        }
    }

    /** Waits until no exchange is being handled, or {@code timeoutMillis} passed. */
    synchronized void awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long left;
        while (active > 0 && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
