package dev.lambdashim.test;

/**
 * The figures of Lambda's {@code REPORT} line for an invocation of a packaged function ({@link PackagedFunction}).
 *
 * @param durationMs from the event being handed to the function to its answer
 * @param initDurationMs for a cold start, from the process start to its first poll for an event; {@code -1} warm
 * @param maxMemoryUsedMb the process's peak resident memory so far, {@code -1} when it cannot be read
 */
public record Report(double durationMs, double initDurationMs, long maxMemoryUsedMb) {

    /** Whether this invocation started the process. */
    public boolean coldStart() {
        return initDurationMs >= 0;
    }
}
