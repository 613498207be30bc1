package dev.lambdashim.emulator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Counts the exchanges being handled, so that closing can let woken handlers finish their answers
 * before the server drops the connections.
 */
final class ActiveExchanges extends Filter {

    private int active;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        synchronized (this) {
            active++;
        }
        try {
            chain.doFilter(exchange);
        } finally {
            synchronized (this) {
                if (--active == 0) {
                    notifyAll();
                }
            }
        }
    }

    @Override
    public String description() {
        return "counts exchanges in progress";
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
