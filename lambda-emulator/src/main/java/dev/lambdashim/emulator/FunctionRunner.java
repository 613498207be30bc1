package dev.lambdashim.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a Lambda runtime process against a fresh emulator and sends it events, one after the other: the training run
 * of the Docker build (which records a start-up cache as the process exits) and a quick check by hand.
 *
 * <pre>
 * java -cp lambda-emulator.jar dev.lambdashim.emulator.FunctionRunner [--event FILE]... [--env NAME=VALUE]...
 *     [--timeout SECONDS] -- COMMAND...
 * </pre>
 *
 * <p>Without {@code --event}, one {@code {}} event is sent. After the last event the emulator closes, which answers
 * the runtime's next poll with 500, so the runtime exits on its own (and a JVM writes its cache at exit). Exit
 * status: 0 when every event got a response or a function error, 3 on an init error, 4 on a timeout, 5 when the
 * runtime exited before answering, 2 on bad usage.
 */
public final class FunctionRunner {

    private FunctionRunner() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> events = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        Duration timeout = Duration.ofSeconds(120);
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--event") && i + 1 < args.length) {
                events.add(Path.of(args[++i]));
            } else if (args[i].equals("--env") && i + 1 < args.length && args[i + 1].indexOf('=') > 0) {
                String pair = args[++i];
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            } else if (args[i].equals("--timeout") && i + 1 < args.length) {
                timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
            } else {
                usage("unknown option " + args[i]);
            }
        }
        if (i + 1 >= args.length) {
            usage("no command after --");
        }
        List<String> command = List.of(args).subList(i + 1, args.length);
        System.exit(run(command, env, events, timeout));
    }

    private static void usage(String problem) {
        System.err.println("FunctionRunner: " + problem + "\nusage: FunctionRunner [--event FILE]... [--env NAME=VALUE]..."
                + " [--timeout SECONDS] -- COMMAND...");
        System.exit(2);
    }

    private static int sendEvents(RuntimeApiEmulator emulator, List<Path> events, Duration timeout, Process process)
            throws IOException, InterruptedException {
        List<Invocation> invocations = new ArrayList<>();
        if (events.isEmpty()) {
            invocations.add(Invocation.of("{}"));
        }
        for (Path event : events) {
            invocations.add(Invocation.of(Files.readAllBytes(event)));
        }
        for (int n = 0; n < invocations.size(); n++) {
            String name = events.isEmpty() ? "{}" : events.get(n).getFileName().toString();
            long start = System.nanoTime();
            PendingInvocation pending = emulator.enqueue(invocations.get(n));
            InvocationResult result = null;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (result == null) {
                try {
                    result = pending.await(Duration.ofMillis(100));
                } catch (TimeoutException e) {
                    if (!process.isAlive()) {
                        System.out.println("FunctionRunner: the runtime exited with status " + process.exitValue()
                                + " before answering event " + name);
                        return 5;
                    }
                    if (System.nanoTime() > deadline) {
                        System.out.println("FunctionRunner: event " + name + " got no answer within " + timeout);
                        return 4;
                    }
                }
            }
            System.out.printf("FunctionRunner: event %s: %s in %.1f ms%n", name, result.outcome(),
                    (System.nanoTime() - start) / 1e6);
            if (result.outcome() == InvocationResult.Outcome.INIT_ERROR) {
                System.out.println("FunctionRunner: init error: " + result.bodyAsString());
                return 3;
            }
        }
        return 0;
    }

    /** Waits (briefly) until the runtime polls again, so that closing answers that poll rather than refusing it. */
    private static void awaitNextPoll(RuntimeApiEmulator emulator, int answered, Process process)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (emulator.nextRequestCount() <= answered && process.isAlive() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    /** Runs the command (with {@code env} added to its environment only) and sends it the events. */
    static int run(List<String> command, Map<String, String> env, List<Path> events, Duration timeout)
            throws IOException, InterruptedException {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(env);
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
            Process process = builder.start();
            int status = sendEvents(emulator, events, timeout, process);
            awaitNextPoll(emulator, events.isEmpty() ? 1 : events.size(), process);
            // Closing answers the runtime's next poll with 500: it exits, writing any start-up cache.
            emulator.close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("FunctionRunner: the runtime did not exit within " + timeout);
                process.destroyForcibly();
                return 4;
            }
            return status;
        }
    }
}
