package bench;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A start-up cache for a contender that has none of its own (AWS's runtime interface client), recorded the way a
 * user would by hand: run the function once with the JVM's recording flag ({@code -XX:AOTCacheOutput=FILE} on JDK
 * 25, {@code -XX:ArchiveClassesAtExit=FILE} on 17; part of the contender's command), send it the function's own
 * events, then stop it as Lambda stops a sandbox (SIGTERM); the JVM writes the cache as it exits.
 *
 * <pre>
 * java -cp ... bench.Train --contender SPEC --handler KIND --event FILE... --expect CACHE-FILE [--memory MB] [--logs DIR]
 * </pre>
 *
 * Fails (exit 1) when an event gets no response or the JVM wrote no cache.
 */
public final class Train {

    private Train() {
    }

    public static void main(String[] args) throws Exception {
        Harness.Contender contender = null;
        String kind = null;
        Path expect = null;
        Path logs = Path.of("target/logs");
        int memory = 512;
        List<Harness.Event> events = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--contender" -> contender = Harness.parse(args[++i]);
                case "--handler" -> kind = args[++i];
                case "--expect" -> expect = Path.of(args[++i]);
                case "--logs" -> logs = Path.of(args[++i]);
                case "--memory" -> memory = Integer.parseInt(args[++i]);
                case "--event" -> {
                    Path file = Path.of(args[++i]);
                    events.add(new Harness.Event(kind, kind, file, Files.readAllBytes(file)));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (contender == null || kind == null || expect == null || events.isEmpty()) {
            throw new IllegalArgumentException("usage: Train --contender SPEC --handler KIND --expect FILE --event FILE...");
        }
        Files.createDirectories(logs);
        Files.deleteIfExists(expect);
        Harness.Setup setup = new Harness.Setup(events, List.of(contender), memory, logs, new Results(), new HashSet<>());
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            Process process = setup.builder(contender, kind, emulator, "train").start();
            try {
                for (Harness.Event event : events) {
                    setup.check(contender, kind + " (training, " + event.file().getFileName() + ")",
                            emulator.invoke(Invocation.of(event.body()), Duration.ofSeconds(120)));
                }
            } finally {
                process.destroy(); // SIGTERM: the JVM runs its exit path and writes the cache
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the training run of " + contender.key() + " did not exit within"
                            + " 180 s of SIGTERM");
                }
            }
        }
        if (!Files.isRegularFile(expect) || Files.size(expect) == 0) {
            System.err.println("bench: the training run of " + contender.key() + " " + kind + " wrote no " + expect
                    + " (see " + logs.resolve("train-" + contender.key() + "-" + kind + ".log") + ")");
            System.exit(1);
        }
        System.err.println("bench: " + contender.key() + " " + kind + ": start-up cache " + expect + ", "
                + Files.size(expect) / 1024 + " KiB");
    }
}
