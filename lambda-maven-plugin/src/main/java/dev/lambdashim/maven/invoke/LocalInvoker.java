package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.platform.ZipTrees;

import dev.lambdashim.maven.platform.FileTrees;

import dev.lambdashim.maven.docker.DockerConnection;
import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a packaged function the way Lambda would: its own {@code bootstrap} from the zip, against the Runtime API
 * emulator, with Lambda's timeout (a function past it is stopped, "Task timed out after N seconds", and the next
 * invocation gets a fresh process), and a START / END / REPORT line per invocation.
 */
public final class LocalInvoker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> log;

    public LocalInvoker(Consumer<String> log) {
        this.log = log;
    }

    public List<InvocationReport> invoke(InvokeRequest request) throws LambdaInvokeException {
        if (!Files.isRegularFile(request.zip())) {
            throw new LambdaInvokeException("There is no " + request.zip() + " to invoke: run mvn package first"
                    + " (or name the zip with <packageName>, -Dlambda.packageName)");
        }
        Path task = request.workDirectory().resolve("task");
        unzip(request.zip(), task);
        Path layer = FunctionOnLayer.layerOf(request, task, log);
        DockerClient docker = request.docker() ? connect(request.dockerHost()) : null;
        List<InvocationReport> reports = new ArrayList<>();
        RuntimeApiEmulator emulator = null;
        FunctionHost function = null;
        TelemetryReader telemetry = null;
        long started = 0;
        try {
            InvocationReport.Emulation emulation = emulation(request.architecture(), docker == null
                    ? System.getProperty("os.arch") : docker.infoCmd().exec().getArchitecture());
            if (emulation != null && docker == null) {
                HostEmulation.require(request.architecture(), emulation.host());
            }
            if (request.concurrency() > 1) {
                emulator = RuntimeApiEmulator.start();
                telemetry = TelemetryReader.open(request.workDirectory().resolve("telemetry"), log);
                started = System.nanoTime();
                function = start(request, task, layer, telemetry.fifo(), emulator, docker);
                reports.addAll(invokeConcurrently(request, emulator, function, started, emulation));
            } else {
                for (InvokeRequest.Event event : request.events()) {
                    for (int i = 0; i < request.invocations(); i++) {
                        boolean cold = function == null;
                        if (cold) {
                            emulator = RuntimeApiEmulator.start();
                            telemetry = TelemetryReader.open(request.workDirectory().resolve("telemetry"), log);
                            started = System.nanoTime();
                            function = start(request, task, layer, telemetry.fifo(), emulator, docker);
                        }
                        InvocationReport report = invokeOnce(request, event, emulator, function,
                                cold ? started : -1, emulation);
                        reports.add(report);
                        if (report.outcome() == InvocationReport.Outcome.TIMEOUT || !function.isAlive()) {
                            function.close();
                            emulator.close();
                            telemetry.close();
                            function = null;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new LambdaInvokeException("cannot start the function: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaInvokeException("Interrupted while invoking the function", e);
        } finally {
            if (function != null) {
                function.close();
            }
            if (emulator != null) {
                emulator.close();
            }
            if (telemetry != null) {
                telemetry.close();
            }
            if (docker != null) {
                try {
                    docker.close();
                } catch (IOException ignored) {
                    // the connection is gone either way
                }
            }
        }
        return reports;
    }

    /**
     * Sends every invocation to one process, {@code concurrency} at a time, each from a sender thread of its own that
     * waits for its answer as {@link #invokeOnce} does. A timed-out or failed invocation does not restart the process:
     * the others are still in flight in it.
     */
    private List<InvocationReport> invokeConcurrently(InvokeRequest request, RuntimeApiEmulator emulator,
            FunctionHost function, long started, InvocationReport.Emulation emulation)
            throws InterruptedException, LambdaInvokeException {
        List<InvokeRequest.Event> all = new ArrayList<>();
        for (InvokeRequest.Event event : request.events()) {
            all.addAll(Collections.nCopies(request.invocations(), event));
        }
        ExecutorService senders = Executors.newFixedThreadPool(request.concurrency());
        try {
            List<Future<InvocationReport>> sent = new ArrayList<>();
            for (int n = 0; n < all.size(); n++) {
                InvokeRequest.Event event = all.get(n);
                long cold = n == 0 ? started : -1; // the first one reports the process's init duration
                sent.add(senders.submit(() -> invokeOnce(request, event, emulator, function, cold, emulation)));
            }
            List<InvocationReport> reports = new ArrayList<>();
            for (Future<InvocationReport> report : sent) {
                reports.add(report.get());
            }
            log.accept(all.size() + " invocations, at most " + emulator.maxInFlight() + " in flight at once"
                    + " (AWS_LAMBDA_MAX_CONCURRENCY=" + request.concurrency() + ")");
            return reports;
        } catch (ExecutionException e) {
            throw new LambdaInvokeException("invoking the function failed: " + e.getCause(), e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private FunctionHost start(InvokeRequest request, Path task, Path layer, Path telemetry,
            RuntimeApiEmulator emulator, DockerClient docker) throws IOException {
        Map<String, String> env = new HashMap<>(request.environment());
        env.put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
        env.put("AWS_LAMBDA_FUNCTION_NAME", request.functionName());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(request.memoryMb()));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + request.functionName());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[$LATEST]lambda-shim");
        env.putIfAbsent("AWS_REGION", "us-east-1");
        env.putIfAbsent("AWS_DEFAULT_REGION", env.get("AWS_REGION")); // Lambda sets both (its reserved variables)
        if (request.concurrency() > 1) {
            env.put("AWS_LAMBDA_MAX_CONCURRENCY", Integer.toString(request.concurrency()));
        }
        if (docker == null) {
            return FunctionHost.onHost(task, layer, telemetry, env, log);
        }
        return FunctionHost.inContainer(docker, request.runImage(), request.architecture(), task, layer, telemetry,
                request.memoryMb(), env, emulator.port(), log);
    }

    private InvocationReport invokeOnce(InvokeRequest request, InvokeRequest.Event event,
            RuntimeApiEmulator emulator, FunctionHost function, long startedNanos,
            InvocationReport.Emulation emulation) throws InterruptedException {
        Invocation invocation = Invocation.of(event.payload())
                .withDeadline(Instant.now().plusSeconds(request.timeoutSeconds()));
        String id = invocation.requestId();
        log.accept("START RequestId: " + id + " Version: $LATEST");
        long enqueued = System.nanoTime();
        StreamPrinter printer = new StreamPrinter(log, enqueued);
        PendingInvocation pending = emulator.enqueue(invocation, printer);
        long deadline = enqueued + Duration.ofSeconds(request.timeoutSeconds()).toNanos();
        // Warm: the clock starts now. Cold, or sent with the first ones to a process still starting: at its first poll.
        long initEnd = startedNanos < 0 && emulator.nextRequestCount() > 0 ? enqueued : -1;
        InvocationResult result = null;
        InvocationReport.Outcome outcome = null;
        String body = null;
        while (result == null && outcome == null) {
            try {
                // Short waits until the process first polls (its init duration), then one wait for the answer.
                result = pending.await(initEnd < 0 ? Duration.ofMillis(1)
                        : Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                if (initEnd < 0 && emulator.nextRequestCount() > 0) {
                    initEnd = now;
                    printer.startedAt(now);
                    deadline = initEnd + Duration.ofSeconds(request.timeoutSeconds()).toNanos();
                } else if (!function.isAlive()) {
                    outcome = InvocationReport.Outcome.EXIT_ERROR;
                    body = exitError(id, function.exitStatus());
                } else if (now > deadline) {
                    outcome = InvocationReport.Outcome.TIMEOUT;
                    body = String.format(java.util.Locale.ROOT, "Task timed out after %d.00 seconds",
                            request.timeoutSeconds());
                    log.accept(Instant.now() + " " + id + " " + body);
                }
            }
        }
        long end = System.nanoTime();
        if (initEnd < 0) {
            initEnd = enqueued;
        }
        if (result != null) {
            outcome = InvocationReport.Outcome.of(result.outcome());
            body = result.httpPrelude().isPresent() && result.outcome() == InvocationResult.Outcome.RESPONSE
                    ? new String(result.httpBody(), java.nio.charset.StandardCharsets.UTF_8) : result.bodyAsString();
        }
        InvocationReport report = new InvocationReport(id, outcome, body, (end - initEnd) / 1e6,
                startedNanos < 0 ? -1 : (initEnd - startedNanos) / 1e6, function.maxMemoryMb(),
                printer.timeToFirstByteMs());
        log.accept("END RequestId: " + id);
        log.accept(report.reportLine(request.memoryMb(), emulation));
        return report;
    }

    /** How the function's architecture runs on the machine that runs it: natively ({@code null}) or emulated. */
    static InvocationReport.Emulation emulation(Architecture function, String machine) {
        Architecture host = Architecture.ofMachine(machine);
        return host == null || host == function ? null : new InvocationReport.Emulation(function, machine);
    }

    /** The daemon, or why not; the connection code is shared with the packaging goal, the exception type is not. */
    private static DockerClient connect(String dockerHost) throws LambdaInvokeException {
        try {
            return DockerConnection.connect(dockerHost, DockerConnection.RUN_WITHOUT);
        } catch (LambdaPackagingException e) {
            throw new LambdaInvokeException(e.getMessage(), e.getCause());
        }
    }

    /** The error Lambda reports for a runtime that exited mid-invocation. */
    static String exitError(String requestId, int exitStatus) {
        ObjectNode error = JSON.createObjectNode().put("errorType", "Runtime.ExitError")
                .put("errorMessage", "RequestId: " + requestId + " Error: Runtime exited with error: exit status "
                        + exitStatus);
        return error.toString();
    }

    /** Unpacks as Lambda does, keeping Unix modes and entry times (the start-up cache is checked against both). */
    public static void unzip(Path zip, Path into) throws LambdaInvokeException {
        try {
            FileTrees.deleteTree(into);
            ZipTrees.unpack(zip, into);
        } catch (IOException e) {
            throw new LambdaInvokeException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }
}
