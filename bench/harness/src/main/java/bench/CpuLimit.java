package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CPU share for the processes under test, as Lambda gives a function: 1 vCPU at 1,769 MB, proportionally less
 * below (about 0.29 at 512 MB). It is a CFS quota of a cgroup made for this run (cgroup v1's {@code cpu} controller,
 * or cgroup v2's {@code cpu.max}); the process joins it from a shell before it execs the command, so the limit
 * holds from the first instruction of the JVM. {@code cpus == 0} is no limit: the command still starts through the
 * same shell, so that limited and unlimited runs differ by the quota alone. Only the runtime process is limited:
 * the emulator in the harness's JVM stands for Lambda's Runtime API, which runs outside the function's sandbox.
 */
final class CpuLimit implements AutoCloseable {

    static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
    static final Path V2 = Path.of("/sys/fs/cgroup");
    static final int PERIOD_US = 100_000;

    final double cpus;
    private final Path group;

    private CpuLimit(double cpus, Path group) {
        this.cpus = cpus;
        this.group = group;
    }

    /** Lambda's CPU share for a function of {@code memoryMb}: 1 vCPU per 1,769 MB. */
    static double lambdaShare(int memoryMb) {
        return memoryMb / 1769.0;
    }

    static CpuLimit of(double cpus) throws IOException {
        if (cpus <= 0) {
            return new CpuLimit(0, null);
        }
        String name = String.format(Locale.ROOT, "lambda-shim-bench-%d-%d", ProcessHandle.current().pid(),
                Math.round(cpus * 1000));
        long quota = Math.round(cpus * PERIOD_US);
        try {
            if (Files.isRegularFile(V2.resolve("cgroup.controllers"))) {
                Path group = Files.createDirectories(V2.resolve(name));
                Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_US);
                return new CpuLimit(cpus, group);
            }
            Path group = Files.createDirectories(V1.resolve(name));
            Files.writeString(group.resolve("cpu.cfs_period_us"), Integer.toString(PERIOD_US));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
            return new CpuLimit(cpus, group);
        } catch (IOException e) {
            throw new IOException("cannot make a cgroup with a CPU quota of " + cpus + " CPU under " + V1 + " (cgroup v1 cpu"
                    + " controller) or " + V2 + " (cgroup v2): " + e + ". Run as root on a machine whose cgroups are"
                    + " writable, or pass --cpus 0 (bench/run.sh: CPUS=0) to measure without a limit", e);
        }
    }

    /** The command, started through {@code /bin/sh} that first moves itself into the group. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        wrapped.add("/bin/sh");
        wrapped.add("-c");
        if (group == null) {
            wrapped.add("exec \"$@\"");
            wrapped.add("sh");
        } else {
            wrapped.add("echo $$ > \"$0\" && exec \"$@\"");
            wrapped.add(group.resolve("cgroup.procs").toString());
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Waits until the group's quota is whole again before the next start. The harness starts its processes one after
     * another in the same group: one started right after another was killed mid-period would find that period's
     * quota spent and wait up to a period (100 ms) before its first instruction, a penalty for whichever contender
     * comes second in a round (measured: the same layered and bundled starts, equal CPU time, 1.31x apart at 0.29
     * CPU). Two periods of idleness refill it.
     */
    void settle() throws InterruptedException {
        if (group != null) {
            Thread.sleep(2L * PERIOD_US / 1000);
        }
    }

    /** How the limit is named in reports: "unlimited" or "0.29 CPU". */
    String label() {
        return cpus <= 0 ? "unlimited" : String.format(Locale.ROOT, "%.2f CPU", cpus);
    }

    @Override
    public void close() throws IOException {
        if (group == null) {
            return;
        }
        // The group can be removed once its last process has exited; a killed JVM may take a moment.
        for (int i = 0; i < 50; i++) {
            try {
                Files.deleteIfExists(group);
                return;
            } catch (IOException busy) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        System.err.println("bench: could not remove the cgroup " + group);
    }
}
