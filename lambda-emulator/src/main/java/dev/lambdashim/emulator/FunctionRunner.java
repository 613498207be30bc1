package dev.lambdashim.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a Lambda runtime process against a fresh emulator and sends it events, one after the other: the training run
 * of the Docker build (which records a start-up cache as the process exits) and a quick check by hand.
 *
 * <pre>
 * java -cp lambda-emulator.jar dev.lambdashim.emulator.FunctionRunner [--event FILE]... [--timeout SECONDS] -- COMMAND...
 * </pre>
 *
 * <p>Without {@code --event}, one {@code {}} event is sent. After the last event the emulator closes, which answers
 * the runtime's next poll with 500, so the runtime exits on its own (and a JVM writes its cache at exit). Exit
 * status: 0 when every event got a response or a function error, 3 on an init error, 4 on a timeout, 2 on bad usage.
 */
public final class FunctionRunner {

    private FunctionRunner() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> events = new ArrayList<>();
        Duration timeout = Duration.ofSeconds(120);
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--event") && i + 1 < args.length) {
                events.add(Path.of(args[++i]));
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
        System.exit(run(command, events, timeout));
    }

    private static void usage(String problem) {
        System.err.println("FunctionRunner: " + problem + "\nusage: FunctionRunner [--event FILE]... [--timeout"
                + " SECONDS] -- COMMAND...");
        System.exit(2);
    }

    private static int sendEvents(RuntimeApiEmulator emulator, List<Path> events, Duration timeout)
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
            InvocationResult result;
            try {
                result = emulator.invoke(invocations.get(n), timeout);
            } catch (TimeoutException e) {
                System.out.println("FunctionRunner: event " + name + " got no answer within " + timeout);
                return 4;
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

    static int run(List<String> command, List<Path> events, Duration timeout)
            throws IOException, InterruptedException {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
            Process process = builder.start();
            int status = sendEvents(emulator, events, timeout);
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
