package dev.lambdashim.runtime.log;

/** Installs the record-cutting {@code System.out} and {@code System.err}, and flushes what they hold. */
public final class StandardStreams {

    private StandardStreams() {
    }

    /**
     * Replaces both streams, with or without a telemetry descriptor: one record model whatever the transport (the
     * JSON format and the request id apply to prints too), and records of concurrent threads never interleave.
     * A shutdown hook writes what is pending when the function calls {@code System.exit}.
     */
    public static void install(LambdaLog log) {
        System.setOut(new RecordPrintStream(log, LogLevel.INFO));
        System.setErr(new RecordPrintStream(log, LogLevel.ERROR));
        Runtime.getRuntime().addShutdownHook(new Thread(StandardStreams::flush, "lambda-shim-log-flush"));
    }

    /** Writes partial lines as records: at the end of each invocation and before the process exits. */
    public static void flush() {
        if (System.out instanceof RecordPrintStream) {
            ((RecordPrintStream) System.out).flushRecord();
        }
        if (System.err instanceof RecordPrintStream) {
            ((RecordPrintStream) System.err).flushRecord();
        }
    }
}
