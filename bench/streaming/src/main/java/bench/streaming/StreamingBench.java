package bench.streaming;

import bench.support.RuntimeChild;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.ResponseChunk;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives the streaming benchmark: one runtime process per function, started as the bootstrap starts it (the JVM flags
 * come in as arguments), warmed up, then measured through the emulator's arrival times.
 *
 * <p>Usage: {@code StreamingBench RESULTS.md CLASSPATH ROUNDS [JVM-FLAG...]}
 */
public final class StreamingBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int WARM_UP = 20;

    private final String classpath;
    private final List<String> jvmFlags;
    private final int rounds;
    private final StringBuilder out = new StringBuilder();

    private StreamingBench(String classpath, List<String> jvmFlags, int rounds) {
        this.classpath = classpath;
        this.jvmFlags = jvmFlags;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        StreamingBench bench = new StreamingBench(args[1], Arrays.asList(args).subList(3, args.length),
                Integer.parseInt(args[2]));
        bench.run();
        Files.writeString(Path.of(args[0]), bench.out);
        System.out.print(bench.out);
    }

    private void run() throws Exception {
        line("| measure | median | p90 | max | n |");
        line("|---|---|---|---|---|");
        flushToArrival();
        timeToFirstByte();
        throughput();
    }

    /** Microseconds from the handler's stamp just before flush() to the chunk's arrival at the emulator. */
    private void flushToArrival() throws Exception {
        List<Double> micros = new ArrayList<>();
        try (Function f = new Function(Functions.Stamped.class)) {
            for (int i = 0; i < WARM_UP; i++) {
                f.invoke("50,1");
            }
            for (int i = 0; i < rounds; i++) {
                for (ResponseChunk chunk : f.invoke("50,5").chunks()) {
                    // A chunk may hold more than one flush if the reader lagged: time the first stamp in it.
                    long stamp = ByteBuffer.wrap(chunk.bytes()).getLong(0);
                    micros.add((chunk.arrivalNanos() - stamp) / 1e3);
                }
            }
        }
        row("flush() to arrival at the emulator (µs)", micros, "%.0f");
    }

    /** Warm: from the event handed out to the first byte, streamed and buffered, three parts 100 ms apart. */
    private void timeToFirstByte() throws Exception {
        List<Double> streamed = new ArrayList<>();
        List<Double> streamedTotal = new ArrayList<>();
        try (Function f = new Function(Functions.ThreeParts.class)) {
            for (int i = 0; i < WARM_UP / 4; i++) {
                f.invoke("{}");
            }
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                InvocationResult result = f.invoke("{}");
                long end = System.nanoTime();
                streamed.add((result.chunks().get(0).arrivalNanos() - start) / 1e6);
                streamedTotal.add((end - start) / 1e6);
            }
        }
        List<Double> buffered = new ArrayList<>();
        try (Function f = new Function(Functions.ThreePartsBuffered.class)) {
            for (int i = 0; i < WARM_UP / 4; i++) {
                f.invoke("{}");
            }
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                f.invoke("{}");
                buffered.add((System.nanoTime() - start) / 1e6);
            }
        }
        row("3-part page, streamed: time to first byte (ms)", streamed, "%.2f");
        row("3-part page, streamed: whole response (ms)", streamedTotal, "%.2f");
        row("3-part page, buffered: time to first byte = whole response (ms)", buffered, "%.2f");
    }

    /** A 50 MiB stream: MiB/s from the first byte's arrival to the end, and the whole invocation. */
    private void throughput() throws Exception {
        List<Double> mibPerSecond = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        try (Function f = new Function(Functions.Bulk.class)) {
            f.invoke("50");
            for (int i = 0; i < Math.max(3, rounds / 4); i++) {
                long start = System.nanoTime();
                InvocationResult result = f.invoke("50");
                long end = System.nanoTime();
                if (result.body().length != 50 << 20) {
                    throw new IllegalStateException("50 MiB expected, got " + result.body().length + " bytes");
                }
                mibPerSecond.add(50 / ((end - result.chunks().get(0).arrivalNanos()) / 1e9));
                total.add((end - start) / 1e6);
            }
        }
        row("50 MiB stream: throughput (MiB/s)", mibPerSecond, "%.0f");
        row("50 MiB stream: whole invocation (ms)", total, "%.0f");
    }

    private void row(String what, List<Double> values, String format) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        line("| " + what + " | " + String.format(Locale.ROOT, format, sorted[sorted.length / 2]) + " | "
                + String.format(Locale.ROOT, format, sorted[(int) (sorted.length * 0.9)]) + " | "
                + String.format(Locale.ROOT, format, sorted[sorted.length - 1]) + " | " + sorted.length + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** One runtime process serving one handler, with its own emulator. */
    private final class Function implements AutoCloseable {
        private final RuntimeApiEmulator emulator;
        private final Process process;

        Function(Class<?> handler) throws Exception {
            emulator = RuntimeApiEmulator.start();
            process = RuntimeChild.start(classpath, jvmFlags, emulator.runtimeApiAddress(), handler.getName(),
                    Map.of());
        }

        InvocationResult invoke(String event) throws Exception {
            PendingInvocation pending = emulator.enqueue(Invocation.of(event));
            InvocationResult result = pending.await(TIMEOUT);
            if (result.isFunctionError()) {
                throw new IllegalStateException(result.outcome() + ": " + result.bodyAsString());
            }
            return result;
        }

        @Override
        public void close() throws Exception {
            process.destroyForcibly().waitFor();
            emulator.close();
        }
    }
}
