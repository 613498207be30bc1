package dev.lambdashim.emulator;

/**
 * Counts the exchanges being handled, so that closing can let woken handlers finish their answers
 * before the server drops the connections. Exchanges waiting for the client to send more of a body are not
 * waited for: a stalled client would hold the close for the whole grace time.
 */
final class ActiveExchanges {

    private int active;
    private int waitingForClient;

    /** An exchange starts. */
    synchronized void enter() {
        active++;
    }

    /** An exchange ended, answered or not. */
    synchronized void exit() {
        if (--active == waitingForClient) {
            notifyAll();
        }
    }

    /** An exchange starts ({@code true}) or stops ({@code false}) waiting for request bytes. */
    synchronized void waitingForClient(boolean waiting) {
        waitingForClient += waiting ? 1 : -1;
        if (active == waitingForClient) {
            notifyAll();
        }
    }

    /** Waits until every exchange being handled waits for its client, or {@code timeoutMillis} passed. */
    synchronized void awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long left;
        while (active > waitingForClient && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
