package bench;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Side-by-side measurements of Lambda runtime processes against the project's Runtime API emulator.
 *
 * <pre>
 * java -cp ... bench.Harness [--runs N] [--discard N] [--warmup N] [--invocations N] [--out FILE] [--logs DIR]
 *     [--skip-warm] --event hello=FILE --event apigw=FILE
 *     --contender 'key=A;label=...;cold=true;warm=true;dir=DIR;cmd=./bootstrap;env.NAME=VALUE' ...
 * </pre>
 *
 * <p>Every contender line names a command run in {@code dir} (split on spaces; {@code {handler}} is replaced by the
 * handler kind, {@code {class}} by its class name) and extra environment. Cold start: for each of {@code runs}
 * rounds (after {@code discard} warm-up rounds of the harness itself), for each handler, for each contender in
 * order (interleaved A B C A B C), a fresh emulator with the event already queued; the time is from just before the
 * process is started to the moment the emulator completes the invocation with the posted response (taken on the
 * emulator's thread that completes it). Warm: one process per contender and handler, {@code warmup} invocations,
 * then {@code invocations} timed ones, enqueue to response completion, one after the other; then VmRSS of the
 * process. Emulator: the same measurements with a minimal raw-socket runtime inside this JVM.
 */
public final class Harness {

    record Contender(String key, String label, boolean cold, boolean warm, Path dir, List<String> command,
            Map<String, String> env) {
    }

    static final Map<String, String> CLASSES = Map.of("hello", "bench.Hello", "apigw", "bench.ApiGateway",
            "httpapi", "bench.HttpRoutes (H) / bench.HttpApiTyped (T)");

    private static final Map<String, byte[]> EVENTS = new LinkedHashMap<>();
    private static Path logs = Path.of("target/logs");

    public static void main(String[] args) throws Exception {
        int runs = 20;
        int discard = 2;
        int warmup = 2000;
        int invocations = 5000;
        boolean skipWarm = false;
        Path out = null;
        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--discard" -> discard = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--invocations" -> invocations = Integer.parseInt(args[++i]);
                case "--skip-warm" -> skipWarm = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--logs" -> logs = Path.of(args[++i]);
                case "--event" -> {
                    String[] kv = args[++i].split("=", 2);
                    EVENTS.put(kv[0], Files.readAllBytes(Path.of(kv[1])));
                }
                case "--contender" -> contenders.add(parse(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(logs);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "machine: %s, %d CPUs; harness JVM %s%n%n",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version")));
        emulatorOverhead(report, invocations);
        print(report);
        cold(report, contenders, runs, discard);
        print(report);
        if (!skipWarm) {
            warm(report, contenders, warmup, invocations);
            print(report);
        }
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, ALL);
        }
    }

    private static final StringBuilder ALL = new StringBuilder();

    private static void print(StringBuilder report) {
        ALL.append(report);
        System.out.print(report);
        System.out.flush();
        report.setLength(0);
    }

    static Contender parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv[0].startsWith("env.")) {
                env.put(kv[0].substring(4), kv[1]);
            } else {
                fields.put(kv[0], kv[1]);
            }
        }
        return new Contender(fields.get("key"), fields.getOrDefault("label", fields.get("key")),
                !"false".equals(fields.get("cold")), !"false".equals(fields.get("warm")),
                Path.of(fields.get("dir")), List.of(fields.get("cmd").trim().split(" +")), env);
    }

    // ---- cold start ----------------------------------------------------------------------------------------

    static void cold(StringBuilder report, List<Contender> contenders, int runs, int discard) throws Exception {
        Map<String, double[]> times = new LinkedHashMap<>();
        for (String handler : EVENTS.keySet()) {
            for (Contender c : contenders) {
                if (c.cold()) {
                    times.put(handler + "/" + c.key(), new double[runs]);
                }
            }
        }
        for (int round = -discard; round < runs; round++) {
            for (String handler : EVENTS.keySet()) {
                for (Contender c : contenders) {
                    if (!c.cold()) {
                        continue;
                    }
                    double ms = coldOnce(c, handler, round == -discard);
                    if (round >= 0) {
                        times.get(handler + "/" + c.key())[round] = ms;
                    }
                }
            }
            System.err.printf(Locale.ROOT, "cold round %d/%d done%n", round + 1, runs);
        }
        report.append(String.format(Locale.ROOT, "## Cold start: process start to first response at the Runtime API"
                + " (ms, %d runs each, interleaved; after %d discarded rounds)%n%n", runs, discard));
        for (String handler : EVENTS.keySet()) {
            report.append("### ").append(handler).append(" (").append(CLASSES.get(handler)).append(")\n\n");
            report.append("| contender | min | median | max | median / C's (else the last contender's) |\n"
                    + "|---|---|---|---|---|\n");
            // AWS's client (C) when it runs, else the last contender.
            Contender reference = null;
            for (Contender c : contenders) {
                if (c.cold() && (reference == null || !reference.key().equals("C"))) {
                    reference = c;
                }
            }
            double refMedian = reference == null ? Double.NaN
                    : median(times.get(handler + "/" + reference.key()));
            for (Contender c : contenders) {
                if (!c.cold()) {
                    continue;
                }
                double[] t = times.get(handler + "/" + c.key());
                double[] s = t.clone();
                Arrays.sort(s);
                report.append(String.format(Locale.ROOT, "| %s %s | %.1f | %.1f | %.1f | %.2f |%n", c.key(),
                        c.label(), s[0], median(s), s[s.length - 1], median(s) / refMedian));
            }
            report.append('\n');
        }
    }

    static double coldOnce(Contender c, String handler, boolean keepLog) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            PendingInvocation pending = emulator.enqueue(Invocation.of(EVENTS.get(handler)));
            AtomicLong done = new AtomicLong();
            // The time is taken on the emulator's thread that completes the invocation; waiting on the stamped
            // stage (not the result itself) makes sure it has been taken.
            var stamped = pending.result().whenComplete((r, e) -> done.set(System.nanoTime()));
            ProcessBuilder builder = builder(c, handler, emulator, keepLog);
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                stamped.get(60, TimeUnit.SECONDS);
                InvocationResult result = pending.result().get();
                check(c, handler, result);
                return (done.get() - start) / 1e6;
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    static ProcessBuilder builder(Contender c, String handler, RuntimeApiEmulator emulator, boolean keepLog) {
        List<String> command = new ArrayList<>();
        for (String part : c.command()) {
            command.add(part.replace("{handler}", handler).replace("{class}", CLASSES.get(handler)));
        }
        Path dir = Path.of(c.dir().toString().replace("{handler}", handler));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
        env.put("_HANDLER", CLASSES.get(handler));
        env.put("LAMBDA_TASK_ROOT", dir.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench-" + handler);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench-" + handler);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_REGION", "us-east-1");
        env.put("TZ", ":UTC");
        for (Map.Entry<String, String> e : c.env().entrySet()) {
            env.put(e.getKey(), e.getValue().replace("{handler}", handler));
        }
        File log = logs.resolve(c.key() + "-" + handler + ".log").toFile();
        builder.redirectOutput(keepLog ? ProcessBuilder.Redirect.to(log) : ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(keepLog ? ProcessBuilder.Redirect.appendTo(log) : ProcessBuilder.Redirect.DISCARD);
        return builder;
    }

    private static final java.util.Set<String> CHECKED = new java.util.HashSet<>();

    static void check(Contender c, String handler, InvocationResult result) {
        if (result.outcome() != InvocationResult.Outcome.RESPONSE) {
            throw new IllegalStateException(c.key() + " " + handler + ": " + result.outcome() + " "
                    + result.bodyAsString() + " (see " + logs + ")");
        }
        if (CHECKED.add(c.key() + handler)) {
            System.err.println(c.key() + " " + handler + " answered: " + result.bodyAsString());
        }
    }

    // ---- warm ----------------------------------------------------------------------------------------------

    static void warm(StringBuilder report, List<Contender> contenders, int warmup, int invocations) throws Exception {
        report.append(String.format(Locale.ROOT, "## Warm: round trip per invocation, enqueue to response at the"
                + " Runtime API (µs, %d sequential invocations after %d of warm-up); RSS after them%n%n",
                invocations, warmup));
        report.append("| handler | contender | median µs | p99 µs | p99 / median | max µs | VmRSS MiB |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (String handler : EVENTS.keySet()) {
            for (Contender c : contenders) {
                if (!c.warm()) {
                    continue;
                }
                try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                    Process process = builder(c, handler, emulator, false).start();
                    try {
                        double[] us = roundTrips(emulator, c, handler, warmup, invocations);
                        long rssKb = rssKb(process.pid());
                        // Where the resident memory is (heap, archives, libjvm, ...): bench/rss.sh sums it up.
                        Files.copy(Path.of("/proc/" + process.pid() + "/smaps"),
                                logs.resolve(c.key() + "-" + handler + ".smaps"),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        report.append(row(handler, c.key() + " " + c.label(), us, rssKb));
                    } finally {
                        process.destroyForcibly();
                        process.waitFor();
                    }
                }
                System.err.printf("warm %s %s done%n", handler, c.key());
            }
        }
        report.append('\n');
    }

    static String row(String handler, String who, double[] us, long rssKb) {
        Arrays.sort(us);
        double median = median(us);
        double p99 = us[(int) Math.ceil(us.length * 0.99) - 1];
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.2f | %.0f | %s |%n", handler, who, median, p99,
                p99 / median, us[us.length - 1], rssKb < 0 ? "-" : String.format(Locale.ROOT, "%.1f", rssKb / 1024.0));
    }

    static double[] roundTrips(RuntimeApiEmulator emulator, Contender c, String handler, int warmup, int n)
            throws Exception {
        byte[] event = EVENTS.get(handler);
        double[] us = new double[n];
        for (int i = -warmup; i < n; i++) {
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            PendingInvocation pending = emulator.enqueue(Invocation.of(event));
            pending.result().whenComplete((r, e) -> done.set(System.nanoTime())).get(60, TimeUnit.SECONDS);
            InvocationResult result = pending.result().get();
            if (i < 0 && i > -3 || i == -warmup) {
                check(c == null ? new Contender("E", "", false, false, null, List.of(), Map.of()) : c, handler,
                        result);
            }
            if (i >= 0) {
                us[i] = (done.get() - start) / 1e3;
            }
        }
        return us;
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    // ---- the emulator's own overhead -----------------------------------------------------------------------

    /** The event of the emulator's own measurement: hello world's, else the first one given. */
    private static byte[] firstEvent() {
        return EVENTS.getOrDefault("hello", EVENTS.values().iterator().next());
    }

    /**
     * The emulator with the smallest possible runtime: a raw-socket loop in this (warmed) JVM that answers every
     * event (hello world's, else the first one given) with a fixed body. Its round trip is what the emulator and
     * loopback TCP add to every warm number; its first exchange on a
     * fresh emulator is what they add to a cold start.
     */
    static void emulatorOverhead(StringBuilder report, int invocations) throws Exception {
        report.append("## The emulator's own overhead (a raw-socket runtime loop inside the harness JVM)\n\n");
        // Warm the emulator's and the client's code first, as the discarded rounds do for the cold runs.
        double[] firstMs = new double[30];
        for (int run = -10; run < firstMs.length; run++) {
            try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                PendingInvocation pending = emulator.enqueue(Invocation.of(firstEvent()));
                AtomicLong done = new AtomicLong();
                var stamped = pending.result().whenComplete((r, e) -> done.set(System.nanoTime()));
                long start = System.nanoTime();
                Thread client = rawClient(emulator.runtimeApiAddress());
                stamped.get(10, TimeUnit.SECONDS);
                if (run >= 0) {
                    firstMs[run] = (done.get() - start) / 1e6;
                }
                client.interrupt();
            }
        }
        Arrays.sort(firstMs);
        report.append(String.format(Locale.ROOT, "- first exchange on a fresh emulator (connect, /next, response):"
                + " median %.2f ms, max %.2f ms (30 runs)%n", median(firstMs), firstMs[firstMs.length - 1]));
        report.append("\n| handler | contender | median µs | p99 µs | p99 / median | max µs | VmRSS MiB |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (String handler : EVENTS.keySet()) {
            try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                Thread client = rawClient(emulator.runtimeApiAddress());
                double[] us = roundTrips(emulator, null, handler, 5000, invocations);
                report.append(row(handler, "emulator + raw-socket loop (no runtime)", us, -1));
                client.interrupt();
            }
        }
        report.append('\n');
    }

    static Thread rawClient(String api) {
        Thread thread = new Thread(() -> {
            int colon = api.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(api.substring(0, colon),
                        Integer.parseInt(api.substring(colon + 1))));
                OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
                InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
                byte[] next = ("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: " + api + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                byte[] body = "\"Hello, World!\"".getBytes(StandardCharsets.UTF_8);
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(next);
                    out.flush();
                    String head = Floor.readHead(in);
                    if (!head.startsWith("HTTP/1.1 200")) {
                        return;
                    }
                    in.readNBytes(Integer.parseInt(Floor.header(head, "content-length")));
                    String id = Floor.header(head, "lambda-runtime-aws-request-id");
                    out.write(("POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: " + api
                            + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                    String answer = Floor.readHead(in);
                    in.readNBytes(Integer.parseInt(Floor.header(answer, "content-length")));
                }
            } catch (Exception e) {
                // the emulator closed: the loop ends
            }
        }, "raw-runtime");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

}
