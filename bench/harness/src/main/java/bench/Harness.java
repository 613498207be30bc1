package bench;

import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Side-by-side measurements of Lambda runtime processes against the project's Runtime API emulator.
 *
 * <pre>
 * java -cp ... bench.Harness [--runs N] [--discard N] [--warmup N] [--invocations N] [--out FILE] [--csv FILE]
 *     [--logs DIR] [--memory MB] [--classes DIR] [--skip-warm] [--cpus 0,0.29] [--ratio-to KEY]... --event hello=FILE --event hello/unseen=FILE ...
 *     --contender 'key=A;label=...;cold=true;warm=true;kinds=hello,apigw;dir=DIR;cmd=./bootstrap;env.NAME=VALUE' ...
 * </pre>
 *
 * <p>An event's name is its handler kind ({@code hello}, {@code apigw}, {@code orders}: the function it is sent
 * to), alone for the event the start-up caches were trained on, or followed by {@code /variant} for one they never
 * saw. Every contender line names a command run in {@code dir} (split on spaces; {@code {handler}} is replaced by
 * the handler kind, {@code {class}} by its class name) and extra environment; {@code kinds} limits it to some
 * handler kinds. Cold start: {@link ColdStart}, under each CPU limit of {@code --cpus} ({@link CpuLimit}; 0 is
 * none). Warm and the emulator's own overhead: {@link WarmRuns}. Every figure is also a row of {@code --csv}.
 * With {@code --classes DIR}, only {@link ClassCount}: the classes each contender loads up to its first response.
 */
public final class Harness {

    record Contender(String key, String label, boolean cold, boolean warm, Set<String> kinds, Path dir,
            List<String> command, Map<String, String> env) {

        boolean coldOn(Event event) {
            return cold && (kinds.isEmpty() || kinds.contains(event.kind()));
        }

        boolean warmOn(Event event) {
            return warm && event.trained() && (kinds.isEmpty() || kinds.contains(event.kind()));
        }
    }

    /** An event file; {@code kind} is the function it is sent to; trained when its name is the kind alone. */
    record Event(String name, String kind, Path file, byte[] body) {

        boolean trained() {
            return name.equals(kind);
        }
    }

    /** What every measurement shares: the events, the contenders, where logs go, the results. */
    record Setup(List<Event> events, List<Contender> contenders, int memoryMb, Path logs, Results results,
            Set<String> checked) {

        static final Map<String, String> CLASSES = Map.of("hello", "bench.Hello", "apigw", "bench.ApiGateway",
                "orders", "bench.Orders", "httpapi", "com.example.Api (H) / bench.HttpApiTyped (T)",
                "springboot3", "example.StreamLambdaHandler");

        String classOf(String kind) {
            String name = CLASSES.get(kind);
            if (name == null) {
                throw new IllegalArgumentException("unknown handler kind " + kind + " (known: " + CLASSES.keySet()
                        + ")");
            }
            return name;
        }

        Event trainedEvent(String kind) {
            return events.stream().filter(e -> e.trained() && e.kind().equals(kind)).findFirst().orElse(null);
        }

        /** The contender's process for a handler kind; its output goes to {@code logs/<log>-<key>-<kind>.log}. */
        ProcessBuilder builder(Contender c, String kind, RuntimeApiEmulator emulator, String log) {
            List<String> command = new ArrayList<>();
            for (String part : c.command()) {
                command.add(part.replace("{handler}", kind).replace("{class}", classOf(kind)));
            }
            Path dir = Path.of(c.dir().toString().replace("{handler}", kind));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
            env.put("_HANDLER", classOf(kind));
            env.put("LAMBDA_TASK_ROOT", dir.toString());
            env.put("AWS_LAMBDA_FUNCTION_NAME", "bench-" + kind);
            env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
            env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench-" + kind);
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
            env.put("AWS_REGION", "us-east-1");
            env.put("TZ", ":UTC");
            for (Map.Entry<String, String> e : c.env().entrySet()) {
                env.put(e.getKey(), e.getValue().replace("{handler}", kind));
            }
            if (log == null) {
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            } else {
                File file = logs.resolve(log + "-" + c.key() + "-" + kind + ".log").toFile();
                builder.redirectOutput(ProcessBuilder.Redirect.to(file));
                builder.redirectError(ProcessBuilder.Redirect.appendTo(file));
            }
            return builder;
        }

        void check(Contender c, String event, InvocationResult result) {
            if (result.outcome() != InvocationResult.Outcome.RESPONSE) {
                throw new IllegalStateException(c.key() + " " + event + ": " + result.outcome() + " "
                        + result.bodyAsString() + " (see " + logs + ")");
            }
            if (checked.add(c.key() + " " + event)) {
                System.err.println(c.key() + " " + event + " answered: " + result.bodyAsString());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = 20;
        int discard = 2;
        int warmup = 2000;
        int invocations = 5000;
        boolean skipWarm = false;
        Path out = null;
        Path csv = null;
        Path logs = Path.of("target/logs");
        Path classes = null;
        int memory = 512;
        List<Double> cpus = List.of(0.0);
        List<String> ratioTo = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Contender> contenders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--discard" -> discard = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--invocations" -> invocations = Integer.parseInt(args[++i]);
                case "--skip-warm" -> skipWarm = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--csv" -> csv = Path.of(args[++i]);
                case "--logs" -> logs = Path.of(args[++i]);
                case "--classes" -> classes = Path.of(args[++i]);
                case "--memory" -> memory = Integer.parseInt(args[++i]);
                case "--cpus" -> cpus = Arrays.stream(args[++i].split(",")).map(Double::valueOf).toList();
                case "--ratio-to" -> ratioTo.add(args[++i]);
                case "--event" -> {
                    String[] kv = args[++i].split("=", 2);
                    Path file = Path.of(kv[1]);
                    events.add(new Event(kv[0], kv[0].split("/", 2)[0], file, Files.readAllBytes(file)));
                }
                case "--contender" -> contenders.add(parse(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(logs);
        Setup setup = new Setup(events, contenders, memory, logs, new Results(), new HashSet<>());
        events.forEach(e -> setup.classOf(e.kind()));
        for (String ref : ratioTo) {
            if (contenders.stream().noneMatch(c -> c.key().equals(ref))) {
                throw new IllegalArgumentException("--ratio-to " + ref + ": no contender has that key");
            }
        }
        if (classes != null) {
            StringBuilder table = new StringBuilder();
            ClassCount.run(setup, classes, table);
            print(table);
            if (csv != null) {
                setup.results().writeCsv(csv);
            }
            return;
        }
        List<CpuLimit> limits = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try {
            for (double c : cpus) {
                limits.add(CpuLimit.of(c));
            }
            report.append(String.format(Locale.ROOT, "machine: %s, %d CPUs; harness JVM %s; load average before: %s%n%n",
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), load()));
            WarmRuns warm = new WarmRuns(setup);
            warm.emulatorOverhead(report, invocations);
            print(report);
            ColdStart cold = new ColdStart(setup);
            cold.run(limits, runs, discard);
            cold.report(report, limits, ratioTo);
            report.append("load average after the cold runs: ").append(load()).append("\n\n");
            print(report);
            if (!skipWarm) {
                warm.run(report, warmup, invocations, ratioTo);
                print(report);
            }
        } finally {
            for (CpuLimit limit : limits) {
                limit.close();
            }
        }
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, ALL);
        }
        if (csv != null) {
            setup.results().writeCsv(csv);
        }
    }

    private static final StringBuilder ALL = new StringBuilder();

    private static void print(StringBuilder report) {
        ALL.append(report);
        System.out.print(report);
        System.out.flush();
        report.setLength(0);
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static Contender parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("contender field without '=': " + part + " in " + spec);
            }
            if (kv[0].startsWith("env.")) {
                env.put(kv[0].substring(4), kv[1]);
            } else {
                fields.put(kv[0], kv[1]);
            }
        }
        String kinds = fields.getOrDefault("kinds", "");
        return new Contender(fields.get("key"), fields.getOrDefault("label", fields.get("key")),
                !"false".equals(fields.get("cold")), !"false".equals(fields.get("warm")),
                kinds.isBlank() ? Set.of() : Set.of(kinds.split(",")), Path.of(fields.get("dir")),
                List.of(fields.get("cmd").trim().split(" +")), env);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
