package dev.lambdashim.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local AWS Lambda Runtime API (version {@code 2018-06-01}) on {@code 127.0.0.1}, to run a Lambda runtime
 * against: start it, launch the runtime with {@code AWS_LAMBDA_RUNTIME_API=}{@link #runtimeApiAddress()},
 * then {@link #enqueue} or {@link #invoke} invocations and read how they ended.
 *
 * <p>It serves, as described in <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">the
 * Runtime API reference</a>:
 * <ul>
 *   <li>{@code GET /2018-06-01/runtime/invocation/next}: waits, without time limit, for a queued invocation
 *       and answers {@code 200} with its payload and headers; concurrent polls (a runtime with
 *       {@code AWS_LAMBDA_MAX_CONCURRENCY} over 1) each get a different invocation, in queue order;</li>
 *   <li>{@code POST /2018-06-01/runtime/invocation/{requestId}/response}: {@code 202}; a body over
 *       6,291,556 bytes gets {@code 413} and ends the invocation as {@code Function.ResponseSizeTooLarge}.
 *       With {@code Lambda-Runtime-Function-Response-Mode: streaming}, the body is read piece by piece as the
 *       runtime sends it (see {@link InvocationResult#chunks()}, {@link ResponseListener}); past 200 MiB it
 *       gets {@code 413} and ends as {@code Function.ResponseSizeTooLarge}; error trailers end the invocation
 *       as a function error;</li>
 *   <li>{@code POST /2018-06-01/runtime/invocation/{requestId}/error}: {@code 202};</li>
 *   <li>both answer {@code 400 InvalidRequestID} for an id {@code /next} did not hand out or that already ended;</li>
 *   <li>{@code POST /2018-06-01/runtime/init/error}: {@code 202}, fails every invocation not yet ended and every
 *       later one; a second post gets {@code 403};</li>
 *   <li>{@code POST /2015-03-31/functions/function/invocations}: the invoke endpoint of AWS's Runtime Interface
 *       Emulator;</li>
 *   <li>anything else: {@code 404}.</li>
 * </ul>
 *
 * <p>The server (Jetty) logs nothing, keeps connections alive and handles each request on a pool thread
 * (daemon threads), blocking, as {@code /next} blocks. {@link #close()} answers blocked {@code /next} requests with
 * {@code 500} (per the API, the runtime should then exit) and fails every pending future.
 *
 * <p>For a runtime's failure tests: {@link #injectFault} (an error status), {@link #injectMalformedAnswer} (broken
 * HTTP), {@link #injectConnectionDrop} (no answer), and {@link #requestCount}, {@link #lastUserAgent} to check
 * what the runtime sent.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    /**
     * Lambda's limit on a buffered response, in bytes, as its error message states it ("Exceeded maximum allowed
     * payload size (6291556 bytes)"): 6 MiB and 100 bytes. A larger {@code /response} body is answered 413.
     */
    public static final int MAX_RESPONSE_BYTES = 6_291_556;

    static {
        QuietLogging.install(); // before any Jetty class starts SLF4J
    }

    private static final long CLOSE_GRACE_MILLIS = 2_000;

    private final EmulatorServer server;
    private final InvocationBroker broker = new InvocationBroker();
    private final FaultInjector faults = new FaultInjector();
    private final ActiveExchanges active = new ActiveExchanges();
    private final RuntimeApiHandler runtimeApi = new RuntimeApiHandler(broker, faults);
    private final int port;
    private final String address;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RuntimeApiEmulator(int requestedPort) throws IOException {
        server = EmulatorServer.start(requestedPort, new RootHandler(runtimeApi, new InvokeHandler(broker), active));
        port = server.port(); // kept: Jetty forgets it once stopped
        address = "127.0.0.1:" + port;
    }

    /** Starts an emulator on {@code 127.0.0.1} and an ephemeral port. */
    public static RuntimeApiEmulator start() throws IOException {
        return start(0);
    }

    /** Starts an emulator on {@code 127.0.0.1:port}; port {@code 0} picks an ephemeral one. */
    public static RuntimeApiEmulator start(int port) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new RuntimeApiEmulator(port);
    }

    /** {@code 127.0.0.1:<port>}, the value for the runtime's {@code AWS_LAMBDA_RUNTIME_API} variable. */
    public String runtimeApiAddress() {
        return address;
    }

    /** The port the emulator listens on. */
    public int port() {
        return port;
    }

    /**
     * Queues an invocation for {@code /next}; its result arrives later through the returned future.
     *
     * @throws IllegalArgumentException if an invocation with the same request id is queued or running
     * @throws IllegalStateException    if the emulator is closed
     */
    public PendingInvocation enqueue(Invocation invocation) {
        return broker.enqueue(Objects.requireNonNull(invocation, "invocation"), null);
    }

    /**
     * Queues an invocation whose streamed response {@code listener} sees piece by piece as it arrives: its
     * {@link ResponseListener#onChunk} runs on the server thread reading the runtime's post, before the next
     * piece is read. A buffered response calls no listener. The result arrives as with {@link #enqueue(Invocation)}.
     *
     * @throws IllegalArgumentException if an invocation with the same request id is queued or running
     * @throws IllegalStateException    if the emulator is closed
     */
    public PendingInvocation enqueue(Invocation invocation, ResponseListener listener) {
        return broker.enqueue(Objects.requireNonNull(invocation, "invocation"),
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Queues an invocation and waits for its result.
     *
     * @throws TimeoutException      if it did not end within {@code timeout}
     * @throws IllegalStateException if the emulator is or gets closed
     */
    public InvocationResult invoke(Invocation invocation, Duration timeout)
            throws TimeoutException, InterruptedException {
        return enqueue(invocation).await(timeout);
    }

    /** The {@code /init/error} post, if one came. */
    public Optional<PostedError> initError() {
        return broker.initError();
    }

    /**
     * Waits for the {@code /init/error} post.
     *
     * @throws TimeoutException      if none came within {@code timeout}
     * @throws IllegalStateException if the emulator closed first
     */
    public PostedError awaitInitError(Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return broker.initErrorFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw Futures.unchecked(e);
        }
    }

    /**
     * The most invocations in flight at one time so far: handed out by {@code /next} and not yet ended by a
     * response or error. 1 for a runtime that works one at a time; up to N for one that keeps N in flight
     * ({@code AWS_LAMBDA_MAX_CONCURRENCY}, Lambda Managed Instances), which the emulator serves as Lambda does:
     * each of N concurrent {@code /next} polls gets a different invocation, and posts are matched by request id.
     */
    public int maxInFlight() {
        return broker.maxInFlight();
    }

    /** How many {@code GET /next} requests arrived so far, faulted ones included. */
    public int nextRequestCount() {
        return runtimeApi.requestCount(Route.NEXT);
    }

    /**
     * How many requests of {@code route} arrived so far, faulted ones included: e.g. to check that a runtime
     * posted a response exactly once.
     */
    public int requestCount(Route route) {
        return runtimeApi.requestCount(Objects.requireNonNull(route, "route"));
    }

    /** The {@code User-Agent} header of the last {@code GET /next} request, if it had one. */
    public Optional<String> lastUserAgent() {
        return Optional.ofNullable(runtimeApi.lastUserAgent());
    }

    /**
     * Answers the next {@code times} requests on {@code route} with {@code status} and the body
     * {@code {"errorMessage":"injected","errorType":"Injected"}}, without processing them (a faulted
     * {@code /next} hands out nothing, a faulted post records nothing). Faults injected earlier on the same
     * route are served first.
     *
     * @throws IllegalArgumentException if {@code status} is not in 100..599 or {@code times} is negative
     */
    public void injectFault(Route route, int status, int times) {
        faults.inject(Objects.requireNonNull(route, "route"), status, times);
    }

    /**
     * Answers the next request on {@code route} with a malformed answer of {@code kind}: the emulator reads the
     * whole request, writes the raw bytes of {@code kind} to the connection and closes it, processing nothing
     * (as {@link #injectFault}). Served after the faults injected earlier on the same route.
     */
    public void injectMalformedAnswer(Route route, MalformedAnswer kind) {
        faults.injectMalformed(Objects.requireNonNull(route, "route"), Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Drops the connection of the next request on {@code route}: the emulator reads the whole request, body
     * included, then closes the connection without answering, processing nothing (as {@link #injectFault}).
     * Served after the faults injected earlier on the same route.
     */
    public void injectConnectionDrop(Route route) {
        faults.injectDrop(Objects.requireNonNull(route, "route"));
    }

    /**
     * Stops the server: blocked {@code /next} and invoke requests get {@code 500}, pending invocation futures
     * and {@link #awaitInitError} fail with {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        broker.close();
        try {
            active.awaitIdle(CLOSE_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
    }

    @Override
    public String toString() {
        return "RuntimeApiEmulator[" + address + "]";
    }
}
