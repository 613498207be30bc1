package dev.lambdashim.runtime;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;

/**
 * For the JMH benchmarks in {@code bench/} only, not an API: the runtime's log path writing telemetry frames to a
 * stream of the benchmark's choosing (a JMH fork cannot inherit a descriptor named by the environment), and the
 * runtime's dispatch of one event without HTTP ({@code bench/overhead}).
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    /** The JUL handler the runtime installs, framing records in {@code format} (JSON or TEXT) onto {@code frames}. */
    public static Handler julHandler(OutputStream frames, String format) {
        return new JulLogHandler(log(frames, format));
    }

    /** The {@code System.out} the runtime installs, framing records in {@code format} onto {@code frames}. */
    public static PrintStream printStream(OutputStream frames, String format) {
        return new RecordPrintStream(log(frames, format), LogLevel.INFO);
    }

    private static LambdaLog log(OutputStream frames, String format) {
        LogFormat parsed = LogFormat.parse(format);
        if (parsed == null) {
            throw new IllegalArgumentException("format must be JSON or TEXT: " + format);
        }
        return new LambdaLog(new LogSettings(parsed, LogLevel.INFO, 3, List.of()), new FrameSink(frames));
    }

    /**
     * The handler named {@code handler}, resolved as at start-up, ready to be called as the invoke loop calls it:
     * the context made from the {@code /next} headers, the event read from JSON, the handler, the result written
     * as JSON into the response buffer. No HTTP.
     */
    public static Dispatch dispatch(String handler, Map<String, String> nextHeaders) throws Exception {
        RuntimeEnvironment environment = RuntimeEnvironment.from(Map.of("_HANDLER", handler,
                "AWS_LAMBDA_FUNCTION_NAME", "bench", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"));
        FunctionInvoker invoker = new HandlerResolver(BenchmarkAccess.class.getClassLoader())
                .resolve(HandlerName.parse(handler));
        return new Dispatch(invoker, environment, nextHeaders);
    }

    /** One handler, called with {@link #invoke}. */
    public static final class Dispatch {
        private final FunctionInvoker invoker;
        private final RuntimeEnvironment environment;
        private final Map<String, String> headers;
        private final ResponseBuffer response = new ResponseBuffer();

        private Dispatch(FunctionInvoker invoker, RuntimeEnvironment environment, Map<String, String> headers) {
            this.invoker = invoker;
            this.environment = environment;
            this.headers = Map.copyOf(headers);
        }

        /** Dispatches one event; returns the response's size in bytes. */
        public int invoke(byte[] event) throws Throwable {
            HttpResponse next = new HttpResponse(200, headers, event);
            LambdaContext context = new LambdaContext(headers.get("lambda-runtime-aws-request-id"), next, environment);
            response.recycle();
            invoker.invoke(next.body(), context, response);
            return response.size();
        }

        /** The last response, as UTF-8 text. */
        public String lastResponse() {
            return new String(response.array(), 0, response.size(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
