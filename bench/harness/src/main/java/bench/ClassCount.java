package bench;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Classes loaded up to the first response, per contender and trained event: one cold start each with
 * {@code -Xlog:class+load} (through {@code JAVA_TOOL_OPTIONS}, which the bootstrap passes on), stopped as soon as the
 * response arrives. A measure the machine's load cannot move: how many classes, how many of them came from a
 * start-up cache (CDS archive or AOT cache), how many are Jackson's.
 */
final class ClassCount {

    private ClassCount() {
    }

    static void run(Harness.Setup setup, Path dir, StringBuilder out) throws Exception {
        Files.createDirectories(dir);
        out.append("## Classes loaded up to the first response (-Xlog:class+load, one cold start each)\n\n"
                + "| event | contender | classes | from the start-up cache | from jars / JDK image | com.fasterxml |\n"
                + "|---|---|---|---|---|---|\n");
        for (Harness.Event event : setup.events()) {
            if (!event.trained()) {
                continue;
            }
            for (Harness.Contender c : setup.contenders()) {
                if (!c.coldOn(event)) {
                    continue;
                }
                Path log = dir.resolve(c.key() + "-" + event.kind() + ".txt");
                Files.deleteIfExists(log);
                try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
                    PendingInvocation pending = emulator.enqueue(Invocation.of(event.body()));
                    ProcessBuilder builder = setup.builder(c, event.kind(), emulator, null);
                    builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
                    Process process = builder.start();
                    try {
                        setup.check(c, event.name(), pending.result().get(120, TimeUnit.SECONDS));
                    } finally {
                        process.destroyForcibly();
                        process.waitFor();
                    }
                }
                List<String> lines = Files.readAllLines(log);
                long total = lines.stream().filter(l -> l.contains(" source: ")).count();
                long cached = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
                long jackson = lines.stream().filter(l -> l.contains(" com.fasterxml.")).count();
                setup.results().add("classes", event.name(), c.key(), "unlimited", "loaded", total, "classes");
                setup.results().add("classes", event.name(), c.key(), "unlimited", "from-cache", cached, "classes");
                setup.results().add("classes", event.name(), c.key(), "unlimited", "jackson", jackson, "classes");
                out.append(String.format(Locale.ROOT, "| %s | %s %s | %d | %d | %d | %d |%n", event.name(), c.key(),
                        c.label(), total, cached, total - cached, jackson));
            }
        }
        out.append('\n');
    }
}
