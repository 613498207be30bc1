package bench;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warm: one process per contender and trained event, {@code warmup} invocations, then {@code invocations} timed
 * ones, enqueue to response completion, one after the other; VmRSS after the first {@value #RSS_AFTER} invocations
 * (the figure the RSS goal is about) and after all of them. Emulator: the same measurements with a minimal
 * raw-socket runtime inside this JVM.
 */
final class WarmRuns {

    static final int RSS_AFTER = 100;

    private final Harness.Setup setup;

    WarmRuns(Harness.Setup setup) {
        this.setup = setup;
    }

    void run(StringBuilder report, int warmup, int invocations, List<String> ratioTo) throws Exception {
        report.append(String.format(Locale.ROOT, "## Warm: round trip per invocation, enqueue to response at the"
                + " Runtime API (µs, %d sequential invocations after %d of warm-up); VmRSS after %d invocations"
                + " and after all%n%n", invocations, warmup, RSS_AFTER));
        report.append("| event | contender | median µs | p99 µs | p99 / median | max µs | VmRSS MiB after " + RSS_AFTER
                + " | after all |");
        ratioTo.forEach(ref -> report.append(" RSS after ").append(RSS_AFTER).append(" / ").append(ref).append(" |"));
        report.append("\n|---|---|---|---|---|---|---|---|").append("---|".repeat(ratioTo.size())).append('\n');
        for (Harness.Event event : setup.events()) {
            Map<String, Long> rss = new LinkedHashMap<>();
            Map<String, String> rows = new LinkedHashMap<>();
            for (Harness.Contender c : setup.contenders()) {
                if (!c.warmOn(event)) {
                    continue;
                }
                try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                    Process process = setup.builder(c, event.kind(), emulator, null).start();
                    try {
                        roundTrips(emulator, c, event, 0, RSS_AFTER);
                        long rssFirst = rssKb(process.pid());
                        double[] us = roundTrips(emulator, c, event, Math.max(0, warmup - RSS_AFTER), invocations);
                        long rssAll = rssKb(process.pid());
                        // Where the resident memory is (heap, archives, libjvm, ...): bench/rss.sh sums it up.
                        Files.copy(Path.of("/proc/" + process.pid() + "/smaps"),
                                setup.logs().resolve(c.key() + "-" + event.kind() + ".smaps"),
                                StandardCopyOption.REPLACE_EXISTING);
                        rss.put(c.key(), rssFirst);
                        rows.put(c.key(), row(event.name(), c.key(), c.key() + " " + c.label(), us, rssFirst, rssAll));
                    } finally {
                        process.destroyForcibly();
                        process.waitFor();
                    }
                }
                System.err.printf("warm %s %s done%n", event.name(), c.key());
            }
            for (Map.Entry<String, String> r : rows.entrySet()) {
                report.append(r.getValue());
                for (String ref : ratioTo) {
                    Long mine = rss.get(r.getKey());
                    Long theirs = rss.get(ref);
                    if (theirs == null) {
                        report.append(" - |");
                    } else {
                        report.append(String.format(Locale.ROOT, " %.2f |", (double) mine / theirs));
                        setup.results().add("rss-ratio", event.name(), r.getKey(), "unlimited", "after-" + RSS_AFTER
                                + "/" + ref, (double) mine / theirs, "x");
                    }
                }
                report.append('\n');
            }
        }
        report.append('\n');
    }

    private String row(String event, String key, String who, double[] us, long rssFirstKb, long rssAllKb) {
        Arrays.sort(us);
        double median = Harness.median(us);
        double p99 = us[(int) Math.ceil(us.length * 0.99) - 1];
        setup.results().add("warm", event, key, "unlimited", "median", median, "us");
        setup.results().add("warm", event, key, "unlimited", "p99", p99, "us");
        if (rssFirstKb >= 0) {
            setup.results().add("rss", event, key, "unlimited", "after-" + RSS_AFTER, rssFirstKb / 1024.0, "MiB");
            setup.results().add("rss", event, key, "unlimited", "after-all", rssAllKb / 1024.0, "MiB");
        }
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.2f | %.0f | %s | %s |", event, who, median,
                p99, p99 / median, us[us.length - 1], mib(rssFirstKb), mib(rssAllKb));
    }

    private static String mib(long kb) {
        return kb < 0 ? "-" : String.format(Locale.ROOT, "%.1f", kb / 1024.0);
    }

    private double[] roundTrips(RuntimeApiEmulator emulator, Harness.Contender c, Harness.Event event, int warmup,
            int n) throws Exception {
        double[] us = new double[n];
        for (int i = -warmup; i < n; i++) {
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            PendingInvocation pending = emulator.enqueue(Invocation.of(event.body()));
            pending.result().whenComplete((r, e) -> done.set(System.nanoTime())).get(60, TimeUnit.SECONDS);
            InvocationResult result = pending.result().get();
            if (c != null && (i == -warmup || i == n - 1)) {
                setup.check(c, event.name(), result);
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
    private byte[] firstEvent() {
        Harness.Event hello = setup.trainedEvent("hello");
        return (hello != null ? hello : setup.events().get(0)).body();
    }

    /**
     * The emulator with the smallest possible runtime: a raw-socket loop in this (warmed) JVM that answers every
     * event (hello world's, else the first one given) with a fixed body. Its round trip is what the emulator and
     * loopback TCP add to every warm number; its first exchange on a
     * fresh emulator is what they add to a cold start.
     */
    void emulatorOverhead(StringBuilder report, int invocations) throws Exception {
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
        setup.results().add("emulator-first-exchange", "hello", "E", "unlimited", "median", Harness.median(firstMs), "ms");
        report.append(String.format(Locale.ROOT, "- first exchange on a fresh emulator (connect, /next, response):"
                + " median %.2f ms, max %.2f ms (30 runs)%n", Harness.median(firstMs), firstMs[firstMs.length - 1]));
        report.append("\n| event | contender | median µs | p99 µs | p99 / median | max µs | VmRSS MiB after "
                + RSS_AFTER + " | after all |\n|---|---|---|---|---|---|---|---|\n");
        for (Harness.Event event : setup.events()) {
            if (!event.trained()) {
                continue;
            }
            try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                Thread client = rawClient(emulator.runtimeApiAddress());
                double[] us = roundTrips(emulator, null, event, 5000, invocations);
                report.append(row(event.name(), "E", "emulator + raw-socket loop (no runtime)", us, -1, -1))
                        .append('\n');
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

}
