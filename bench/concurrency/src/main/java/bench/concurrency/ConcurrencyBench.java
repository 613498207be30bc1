package bench.concurrency;

import com.sun.net.httpserver.HttpServer;
import bench.support.RuntimeChild;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Throughput of one runtime process with {@code AWS_LAMBDA_MAX_CONCURRENCY=N}: a handler that waits 100 ms on I/O (an
 * HTTP GET that this driver's own server answers after 100 ms), all invocations queued at once, timed from the first
 * enqueue to the last answer, after a warm-up. Started as the bootstrap starts it (the JVM flags come in as
 * arguments), on the JDK running this driver.
 *
 * <p>Usage: {@code ConcurrencyBench RESULTS.md CLASSPATH INVOCATIONS N,N,... [JVM-FLAG...]}
 */
public final class ConcurrencyBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int WAIT_MS = 100;

    public static void main(String[] args) throws Exception {
        String classpath = args[1];
        int invocations = Integer.parseInt(args[2]);
        List<String> jvmFlags = Arrays.asList(args).subList(4, args.length);
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        slow.setExecutor(Executors.newCachedThreadPool());
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        slow.start();
        String event = "{\"url\":\"http://127.0.0.1:" + slow.getAddress().getPort() + "/\"}";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s; %s; load average before: %s%n%n", System.getProperty("java.vm.name"),
                Runtime.version(), loadAverage()));
        out.append("| AWS_LAMBDA_MAX_CONCURRENCY | invocations | wall time, s | invocations/s | vs N = 1 | load after |\n");
        out.append("|---|---|---|---|---|---|\n");
        double one = 0;
        for (String n : args[3].split(",")) {
            double perSecond = measure(classpath, jvmFlags, Integer.parseInt(n), invocations, event, out);
            if (one == 0) {
                one = perSecond;
            }
            out.append(String.format(Locale.ROOT, " %.2f× | %s |%n", perSecond / one, loadAverage()));
            System.out.print(out);
        }
        slow.stop(0);
        Files.writeString(Path.of(args[0]), out);
        System.out.print(out);
        System.exit(0);
    }

    private static double measure(String classpath, List<String> jvmFlags, int n, int invocations, String event,
            StringBuilder out) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            Process process = RuntimeChild.start(classpath, jvmFlags, emulator.runtimeApiAddress(),
                    SlowIo.class.getName() + "::handle", Map.of("AWS_LAMBDA_MAX_CONCURRENCY", Integer.toString(n)));
            try {
                run(emulator, event, 2 * n); // warm-up: every worker has served an invocation
                long start = System.nanoTime();
                run(emulator, event, invocations);
                double seconds = (System.nanoTime() - start) / 1e9;
                double perSecond = invocations / seconds;
                out.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.1f |", n, invocations, seconds,
                        perSecond));
                if (emulator.maxInFlight() != n) {
                    throw new IllegalStateException("expected " + n + " in flight at most, saw "
                            + emulator.maxInFlight());
                }
                return perSecond;
            } finally {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void run(RuntimeApiEmulator emulator, String event, int count) throws Exception {
        List<PendingInvocation> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(emulator.enqueue(Invocation.of(event)));
        }
        for (PendingInvocation p : pending) {
            InvocationResult result = p.await(TIMEOUT);
            if (result.isFunctionError() || !"2".equals(result.bodyAsString())) {
                throw new IllegalStateException(result.outcome() + ": " + result.bodyAsString());
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "n/a";
        }
    }
}
