package bench;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cold start: for each round (after {@code discard} rounds of the harness's own warm-up), for each CPU limit, for
 * each event, for each contender (interleaved A B C A B C), a fresh emulator with the event already queued; the time
 * is from just before the process is started to the moment the emulator completes the invocation with the posted
 * response (taken on the emulator's thread that completes it).
 */
final class ColdStart {

    private final Harness.Setup setup;
    private final Map<String, double[]> times = new LinkedHashMap<>();
    /** The process's CPU time up to the response (all its threads), per run: what a CPU quota turns into time. */
    private final Map<String, double[]> cpuTimes = new LinkedHashMap<>();

    ColdStart(Harness.Setup setup) {
        this.setup = setup;
    }

    private static String key(Harness.Event event, Harness.Contender c, CpuLimit limit) {
        return event.name() + "/" + c.key() + "@" + limit.label();
    }

    void run(List<CpuLimit> limits, int runs, int discard) throws Exception {
        for (int round = -discard; round < runs; round++) {
            for (CpuLimit limit : limits) {
                for (Harness.Event event : setup.events()) {
                    // Every other round in reverse, so that no contender always comes first (or right after a
                    // given other): what one start leaves behind (caches, the CPU's clock, the quota) falls on
                    // each in turn.
                    List<Harness.Contender> order = new ArrayList<>(setup.contenders());
                    if (Math.floorMod(round, 2) == 1) {
                        Collections.reverse(order);
                    }
                    for (Harness.Contender c : order) {
                        if (!c.coldOn(event)) {
                            continue;
                        }
                        double[] ms = once(c, event, limit, round == -discard);
                        if (round >= 0) {
                            times.computeIfAbsent(key(event, c, limit), k -> new double[runs])[round] = ms[0];
                            cpuTimes.computeIfAbsent(key(event, c, limit), k -> new double[runs])[round] = ms[1];
                        }
                    }
                }
            }
            System.err.printf(Locale.ROOT, "cold round %d/%d done%n", round + 1, runs);
        }
        for (Harness.Event event : setup.events()) {
            for (Harness.Contender c : setup.contenders()) {
                for (CpuLimit limit : limits) {
                    double[] t = times.get(key(event, c, limit));
                    if (t == null) {
                        continue;
                    }
                    double[] s = t.clone();
                    Arrays.sort(s);
                    setup.results().add("cold", event.name(), c.key(), limit.label(), "median", Harness.median(s), "ms");
                    setup.results().add("cold", event.name(), c.key(), limit.label(), "min", s[0], "ms");
                    setup.results().add("cold", event.name(), c.key(), limit.label(), "max", s[s.length - 1], "ms");
                    setup.results().add("cold-cpu-time", event.name(), c.key(), limit.label(), "median",
                            Harness.median(cpuTimes.get(key(event, c, limit))), "ms");
                }
            }
        }
    }

    /** Wall time and the process's CPU time (ms) from start to the first response. */
    double[] once(Harness.Contender c, Harness.Event event, CpuLimit limit, boolean keepLog) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            PendingInvocation pending = emulator.enqueue(Invocation.of(event.body()));
            AtomicLong done = new AtomicLong();
            // The time is taken on the emulator's thread that completes the invocation; waiting on the stamped
            // stage (not the result itself) makes sure it has been taken.
            var stamped = pending.result().whenComplete((r, e) -> done.set(System.nanoTime()));
            ProcessBuilder builder = setup.builder(c, event.kind(), emulator, keepLog ? "cold" : null);
            builder.command(limit.wrap(builder.command()));
            limit.settle();
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                stamped.get(120, TimeUnit.SECONDS);
                InvocationResult result = pending.result().get();
                double cpu = cpuMs(process.pid());
                setup.check(c, event.name(), result);
                return new double[] {(done.get() - start) / 1e6, cpu};
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    /** CPU time of all the process's threads so far (ms), from the scheduler's per-thread accounting. */
    static double cpuMs(long pid) {
        double ns = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    ns += Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile: its time is lost, a few µs at most
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ns / 1e6;
    }

    /** One table per event: per contender, each CPU limit's median (min-max) and its ratios to the references. */
    void report(StringBuilder out, List<CpuLimit> limits, List<String> ratioTo) {
        out.append(String.format(Locale.ROOT, "## Cold start: process start to first response at the Runtime API (ms,"
                + " median (min-max) of %d runs each, interleaved; CPU ms: the median CPU time of all the process's threads up to the"
                + " response, which the machine's load moves less than wall time)%n%n", times.values().iterator().next().length));
        for (Harness.Event event : setup.events()) {
            out.append("### ").append(event.name()).append(" (").append(setup.classOf(event.kind())).append(", ")
                    .append(event.trained() ? "the event the caches were trained on" : "an event no cache saw: "
                            + event.file().getFileName()).append(")\n\n");
            StringBuilder head = new StringBuilder("| contender |");
            StringBuilder rule = new StringBuilder("|---|");
            for (CpuLimit limit : limits) {
                head.append(' ').append(limit.label()).append(" | CPU ms |");
                rule.append("---|---|");
                for (String ref : ratioTo) {
                    head.append(" / ").append(ref).append(" |");
                    rule.append("---|");
                }
            }
            out.append(head).append('\n').append(rule).append('\n');
            for (Harness.Contender c : setup.contenders()) {
                if (!c.coldOn(event)) {
                    continue;
                }
                out.append("| ").append(c.key()).append(' ').append(c.label()).append(" |");
                for (CpuLimit limit : limits) {
                    double[] s = times.get(key(event, c, limit)).clone();
                    Arrays.sort(s);
                    out.append(String.format(Locale.ROOT, " %.0f (%.0f-%.0f) | %.0f |", Harness.median(s), s[0],
                            s[s.length - 1], Harness.median(cpuTimes.get(key(event, c, limit)))));
                    for (String ref : ratioTo) {
                        out.append(' ').append(ratio(median(event, c.key(), limit), median(event, ref, limit)))
                                .append(" |");
                    }
                }
                out.append('\n');
            }
            out.append('\n');
        }
        unseenGap(out, limits);
    }

    /** Unseen events against the trained one, per contender and CPU limit: the median's ratio. */
    private void unseenGap(StringBuilder out, List<CpuLimit> limits) {
        List<String> rows = new ArrayList<>();
        for (Harness.Event unseen : setup.events()) {
            Harness.Event trained = setup.trainedEvent(unseen.kind());
            if (unseen.trained() || trained == null) {
                continue;
            }
            for (Harness.Contender c : setup.contenders()) {
                if (!c.coldOn(unseen) || !c.coldOn(trained)) {
                    continue;
                }
                StringBuilder row = new StringBuilder("| " + unseen.name() + " | " + c.key() + " " + c.label() + " |");
                for (CpuLimit limit : limits) {
                    double u = median(unseen, c.key(), limit);
                    double t = median(trained, c.key(), limit);
                    row.append(String.format(Locale.ROOT, " %.0f vs %.0f | %s |", u, t, ratio(u, t)));
                    setup.results().add("unseen-gap", unseen.name(), c.key(), limit.label(), "ratio", u / t, "x");
                }
                rows.add(row.toString());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("### Events the caches never saw against the one they were trained on (median ms, unseen vs"
                + " trained, and the ratio; a contender without a trained cache shows what the event's size alone"
                + " costs)\n\n| event | contender |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (CpuLimit limit : limits) {
            out.append(' ').append(limit.label()).append(" | ratio |");
            rule.append("---|---|");
        }
        out.append('\n').append(rule).append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
    }

    private double median(Harness.Event event, String contender, CpuLimit limit) {
        double[] t = times.get(event.name() + "/" + contender + "@" + limit.label());
        return t == null ? Double.NaN : Harness.median(t);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
