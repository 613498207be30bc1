package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.platform.Architecture;

import dev.lambdashim.emulator.InvocationResult;

/**
 * How one local invocation went, in the terms of Lambda's REPORT line.
 *
 * @param requestId the request id
 * @param outcome how it ended
 * @param body the response or error body
 * @param durationMs from the event being handed out to the answer
 * @param initDurationMs for a cold start, from the process start to its first poll of {@code /next}; else -1
 * @param maxMemoryUsedMb the process's peak resident memory so far, or -1 when it cannot be read
 * @param timeToFirstByteMs for a streamed response, from the event being handed out to its first byte; else -1
 */
public record InvocationReport(String requestId, Outcome outcome, String body, double durationMs,
        double initDurationMs, long maxMemoryUsedMb, double timeToFirstByteMs) {

    /** How an invocation ended: the Runtime API's outcomes, and the two only the invoker sees. */
    public enum Outcome {
        RESPONSE, ERROR, RESPONSE_TOO_LARGE, INIT_ERROR,
        /** past the function's timeout: stopped, as Lambda stops it */
        TIMEOUT,
        /** the runtime exited before answering (Lambda's Runtime.ExitError) */
        EXIT_ERROR;

        /** The same outcome as the emulator reports it. */
        static Outcome of(InvocationResult.Outcome outcome) {
            return valueOf(outcome.name());
        }
    }

    public boolean failed() {
        return outcome != Outcome.RESPONSE;
    }

    /**
     * Lambda's REPORT line.
     *
     * @param emulatedOn the machine that emulated the function's architecture (its durations are then not Lambda's),
     *     or {@code null} when it ran natively
     */
    public String reportLine(int memoryMb, Emulation emulatedOn) {
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append(String.format(java.util.Locale.ROOT, "\tDuration: %.2f ms\tBilled Duration: %d ms",
                        durationMs, (long) Math.ceil(durationMs)))
                .append("\tMemory Size: ").append(memoryMb).append(" MB\tMax Memory Used: ")
                .append(maxMemoryUsedMb < 0 ? "n/a" : maxMemoryUsedMb + " MB");
        if (initDurationMs >= 0) {
            line.append(String.format(java.util.Locale.ROOT, "\tInit Duration: %.2f ms", initDurationMs));
        }
        if (timeToFirstByteMs >= 0) {
            line.append(String.format(java.util.Locale.ROOT, "\tTime to First Byte: %.2f ms", timeToFirstByteMs));
        }
        if (emulatedOn != null) {
            line.append("\tArchitecture: ").append(emulatedOn.architecture().lambdaName()).append(" (emulated on ")
                    .append(emulatedOn.host()).append(": durations are not Lambda's)");
        }
        return line.toString();
    }

    /**
     * A function run on a machine of another architecture, through an emulator (qemu-user, registered with binfmt).
     *
     * @param architecture the function's
     * @param host the machine's, as it names itself: {@code x86_64}, {@code aarch64}
     */
    public record Emulation(Architecture architecture, String host) {
    }
}
