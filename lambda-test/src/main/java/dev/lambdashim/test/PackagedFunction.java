package dev.lambdashim.test;

import dev.lambdashim.emulator.HttpPrelude;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PendingInvocation;
import dev.lambdashim.emulator.ResponseChunk;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.embedded.EventBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The deployable zip under test: its own {@code bootstrap} (the packaged Java, start-up cache and runtime) started on
 * this machine against the Runtime API emulator, as {@code mvn lambda:invoke -Dlambda.docker=false} runs it. The
 * first invocation starts the process (a cold start, with its init duration), the next ones reuse it; a timeout
 * stops it and the next invocation starts a fresh one, as on Lambda.
 *
 * <pre>
 * &#64;Test  // in src/test/java/.../OrdersIT.java, run by maven-failsafe-plugin after lambda:package
 * void theZipAnswers() {
 *     try (PackagedFunction zip = PackagedFunction.fromTarget()) {
 *         Invocation placed = zip.invokeResource("src/lambda/events/order.json");
 *         assertEquals(3, placed.response(Receipt.class).items());
 *         assertTrue(placed.report().orElseThrow().initDurationMs() &lt; 1000);
 *     }
 * }
 * </pre>
 *
 * <p>The process gets the basics of this environment (PATH, HOME, locale, time zone), never all of it (no AWS
 * credentials or tokens), plus Lambda's variables and those given with {@link #withEnvironment}. Its log records come
 * through the telemetry descriptor Lambda gives a runtime, one record per entry of {@link Invocation#logs()}.
 */
public final class PackagedFunction implements AutoCloseable {

    private final Path zip;
    private final Map<String, String> environment = new HashMap<>();
    private Duration timeout = Duration.ofSeconds(30);
    private int memoryMb = 512;
    private String functionName = "test-function";
    private PackagedProcess process;
    private RuntimeApiEmulator emulator;

    private PackagedFunction(Path zip) {
        this.zip = zip;
    }

    /**
     * The function of a zip, checked: it exists, has a {@code bootstrap}, and is built for this machine's
     * architecture (or one it emulates).
     *
     * @throws IllegalStateException naming what is wrong and the fix
     */
    public static PackagedFunction of(Path zip) {
        Objects.requireNonNull(zip, "zip");
        PackagedZip.check(zip);
        return new PackagedFunction(zip);
    }

    /** The one function zip in the project's {@code target/} directory (Maven runs tests in the project's directory). */
    public static PackagedFunction fromTarget() {
        return of(PackagedZip.findIn(Path.of("target")));
    }

    /** An environment variable of the function (as in the plugin's {@code <environment>}). */
    public PackagedFunction withEnvironment(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        requireNotStarted("withEnvironment");
        environment.put(name, value);
        return this;
    }

    /** Lambda's timeout for each invocation; 30 s by default. */
    public PackagedFunction withTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /** The memory size the function is told ({@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}); 512 MB by default. */
    public PackagedFunction withMemoryMb(int memoryMb) {
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("Lambda's memory sizes are 128 to 10240 MB, not " + memoryMb);
        }
        requireNotStarted("withMemoryMb");
        this.memoryMb = memoryMb;
        return this;
    }

    public PackagedFunction withFunctionName(String functionName) {
        requireNotStarted("withFunctionName");
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        return this;
    }

    public Path zip() {
        return zip;
    }

    public Invocation invoke(String json) {
        return invokeBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Invokes with an object written as JSON by the runtime's rules. */
    public Invocation invoke(Object event) {
        try {
            return invokeBytes(EventBinding.write(event, Thread.currentThread().getContextClassLoader()));
        } catch (IOException e) {
            throw new IllegalArgumentException("the event " + event + " cannot be written as JSON: " + e.getMessage(),
                    e);
        }
    }

    /** Invokes with the JSON of a class path resource, or else of a file relative to the working directory. */
    public Invocation invokeResource(String path) {
        return invokeBytes(LambdaFunction.readResource(path, Thread.currentThread().getContextClassLoader()));
    }

    /**
     * One invocation; starts the process first if none runs (a cold start).
     *
     * @throws LambdaInitException when the function fails at init: the runtime posted an init error, or its process
     *     exited before asking for an event
     */
    public synchronized Invocation invokeBytes(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        long started = -1;
        if (process == null) {
            try {
                emulator = RuntimeApiEmulator.start();
                started = System.nanoTime();
                process = PackagedProcess.start(zip, env(), emulator);
            } catch (IOException e) {
                stop();
                throw new IllegalStateException("cannot start the function of " + zip + ": " + e.getMessage(), e);
            }
        }
        try {
            return invokeOnce(payload, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while invoking the function of " + zip, e);
        }
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(environment);
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]lambda-test");
        env.putIfAbsent("AWS_REGION", "us-east-1");
        return env;
    }

    private Invocation invokeOnce(byte[] payload, long startedNanos) throws InterruptedException {
        dev.lambdashim.emulator.Invocation invocation = dev.lambdashim.emulator.Invocation.of(payload)
                .withDeadline(Instant.now().plus(timeout));
        String id = invocation.requestId();
        long enqueued = System.nanoTime();
        PendingInvocation pending = emulator.enqueue(invocation);
        long initEnd = startedNanos < 0 ? enqueued : -1;
        long deadline = Long.MAX_VALUE;
        InvocationResult result = null;
        while (result == null) {
            try {
                result = pending.await(Duration.ofMillis(initEnd < 0 ? 1 : 20));
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                if (initEnd < 0 && emulator.nextRequestCount() > 0) {
                    initEnd = now;
                }
                if (initEnd >= 0 && deadline == Long.MAX_VALUE) {
                    deadline = initEnd + timeout.toNanos();
                }
                if (!process.isAlive()) {
                    List<LogRecord> logs = process.newRecords();
                    String output = process.output();
                    int status = process.exitStatus();
                    stop();
                    if (initEnd < 0) {
                        throw new LambdaInitException("the function of " + zip, exitError(id, status)
                                + (output.isBlank() ? "" : "\noutput:\n" + output), logs);
                    }
                    return failed(id, exitError(id, status), logs, enqueued);
                }
                if (now > deadline || (initEnd < 0 && now - enqueued > timeout.toNanos() + Duration.ofSeconds(10)
                        .toNanos())) {
                    List<LogRecord> logs = process.newRecords();
                    stop(); // as Lambda stops a function past its timeout: the next invocation starts a fresh process
                    String message = String.format(Locale.ROOT, "RequestId: %s Error: Task timed out after %.2f"
                            + " seconds", id, timeout.toMillis() / 1000.0);
                    return failed(id, "{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":\"" + message + "\"}",
                            logs, enqueued);
                }
            }
        }
        long end = System.nanoTime();
        if (initEnd < 0) {
            initEnd = emulator.nextRequestCount() > 0 ? enqueued : end;
        }
        List<LogRecord> logs = process.newRecords();
        if (result.outcome() == InvocationResult.Outcome.INIT_ERROR) {
            String body = result.bodyAsString();
            stop();
            throw new LambdaInitException("the function of " + zip, body, logs);
        }
        Report report = new Report((end - initEnd) / 1e6, startedNanos < 0 ? -1 : (initEnd - startedNanos) / 1e6,
                process.maxMemoryMb());
        return toInvocation(id, result, logs, report);
    }

    private static Invocation failed(String id, String errorJson, List<LogRecord> logs, long enqueued) {
        Report report = new Report((System.nanoTime() - enqueued) / 1e6, -1, -1);
        return new Invocation(id, new byte[0], false, List.of(), null, errorJson.getBytes(StandardCharsets.UTF_8),
                logs, report, Thread.currentThread().getContextClassLoader());
    }

    private static Invocation toInvocation(String id, InvocationResult result, List<LogRecord> logs, Report report) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        byte[] error = result.outcome() == InvocationResult.Outcome.RESPONSE ? null : result.body();
        if (!result.streamed()) {
            return new Invocation(id, error == null ? result.body() : new byte[0], false, List.of(), null, error,
                    logs, report, loader);
        }
        List<byte[]> chunks = new ArrayList<>();
        for (ResponseChunk chunk : result.chunks()) {
            chunks.add(chunk.bytes());
        }
        HttpResult http = null;
        byte[] all = result.streamedBody();
        Optional<HttpPrelude.Split> split = HttpPrelude.isHttpIntegration(result.headers().get("Content-Type"))
                ? HttpPrelude.split(all) : Optional.empty();
        if (split.isPresent()) {
            chunks = dropPrefix(chunks, split.get().bodyOffset());
            all = Arrays.copyOfRange(all, split.get().bodyOffset(), all.length);
            HttpPrelude prelude = split.get().prelude();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            prelude.headers().forEach((name, value) -> headers.put(name, List.of(value)));
            http = new HttpResult(prelude.statusCode(), headers, prelude.cookies(), all);
        }
        return new Invocation(id, all, true, chunks, http, error, logs, report, loader);
    }

    /** The body's chunks without the HTTP prelude and its delimiter, which take the first {@code offset} bytes. */
    private static List<byte[]> dropPrefix(List<byte[]> chunks, int offset) {
        List<byte[]> body = new ArrayList<>();
        int skip = offset;
        for (byte[] chunk : chunks) {
            if (skip >= chunk.length) {
                skip -= chunk.length;
                continue;
            }
            body.add(Arrays.copyOfRange(chunk, skip, chunk.length));
            skip = 0;
        }
        return body;
    }

    private static String exitError(String id, int status) {
        return "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: " + id
                + " Error: Runtime exited with error: exit status " + status + "\"}";
    }

    private void requireNotStarted(String what) {
        if (process != null) {
            throw new IllegalStateException(what + " must come before the first invocation: the process has started");
        }
    }

    private void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    /** Stops the function's process and removes its unpacked files. */
    @Override
    public synchronized void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PackagedFunction[" + zip + "]";
    }
}
