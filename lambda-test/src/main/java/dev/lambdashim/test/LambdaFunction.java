package dev.lambdashim.test;

import dev.lambdashim.core.Context;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.embedded.EmbeddedFunction;
import dev.lambdashim.runtime.embedded.EmbeddedInvocation;
import dev.lambdashim.runtime.embedded.EventBinding;
import dev.lambdashim.runtime.log.LogCapture;
import dev.lambdashim.runtime.log.LogFormat;
import dev.lambdashim.runtime.log.LogLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A function called in this JVM as Lambda calls it: the handler string resolved and checked by the runtime's own
 * resolver, each event bound, the handler called, the result written, a failure turned into the error JSON and the
 * log written, all by the runtime code that runs in {@code bootstrap} on Lambda; only the Runtime API is left out.
 *
 * <pre>
 * LambdaFunction orders = LambdaFunction.of("com.example.Orders");
 * Invocation placed = orders.invokeResource("events/order.json");
 * assertEquals(3, placed.response(Receipt.class).items());
 * </pre>
 *
 * <p>Init (class loading, static initializer, constructor) runs in {@link #of}/{@link Builder#build()}; a failure
 * there is thrown as a {@link LambdaInitException}. The JVM's standard streams and root logger are captured during
 * each call, so invocations run one at a time across the JVM. A class's static initializer runs once per JVM, as in
 * one Lambda execution environment.
 */
public final class LambdaFunction {

    private final String handler;
    private final EmbeddedFunction function;
    private final List<LogRecord> initLogs;
    private final TestContext.Builder context;
    private final ClassLoader loader;

    private LambdaFunction(String handler, EmbeddedFunction function, List<LogRecord> initLogs,
            TestContext.Builder context, ClassLoader loader) {
        this.handler = handler;
        this.function = function;
        this.initLogs = initLogs;
        this.context = context;
        this.loader = loader;
    }

    /**
     * The function with the defaults: TEXT log at INFO, {@link TestContext} defaults.
     *
     * @param handler as in the plugin's {@code <handler>}: {@code com.example.Orders} or {@code com.example.Orders::place}
     * @throws LambdaInitException when the handler fails to resolve or initialize, with the init error Lambda would get
     */
    public static LambdaFunction of(String handler) {
        return builder(handler).build();
    }

    public static Builder builder(String handler) {
        return new Builder(handler);
    }

    /** Invokes with a JSON payload. */
    public Invocation invoke(String json) {
        return invoke(json, context.build());
    }

    public Invocation invoke(String json, Context context) {
        Objects.requireNonNull(json, "json");
        return invokeBytes(json.getBytes(StandardCharsets.UTF_8), context);
    }

    /** Invokes with an object written as JSON by the runtime's rules (a record, a POJO, an event class, a map). */
    public Invocation invoke(Object event) {
        return invoke(event, context.build());
    }

    public Invocation invoke(Object event, Context context) {
        byte[] json;
        try {
            json = EventBinding.write(event, loader);
        } catch (IOException e) {
            throw new IllegalArgumentException("the event " + event + " cannot be written as JSON: " + e.getMessage(),
                    e);
        }
        return invokeBytes(json, context);
    }

    /** Invokes with a payload as it is: for a {@code StreamHandler}, any bytes. */
    public Invocation invokeBytes(byte[] payload, Context context) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        EmbeddedInvocation answer = function.invoke(payload, context);
        HttpResult http = answer.http() == null ? null : new HttpResult(answer.http().statusCode(),
                toLists(answer.http().headers()), answer.http().cookies(), answer.response());
        byte[] error = answer.error() == null ? null : answer.error().toJson();
        byte[] response = answer.response();
        if (error == null && !answer.streamed() && response.length > RuntimeApiEmulator.MAX_RESPONSE_BYTES) {
            // Lambda answers the runtime's post 413 and fails the invocation; the caller gets this error.
            error = ("{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size ("
                    + RuntimeApiEmulator.MAX_RESPONSE_BYTES + " bytes).\",\"errorType\":"
                    + "\"Function.ResponseSizeTooLarge\"}").getBytes(StandardCharsets.UTF_8);
            response = new byte[0];
        }
        return new Invocation(context.requestId(), response, answer.streamed(), answer.chunks(), http, error,
                records(answer.logs()), null, loader);
    }

    /** Invokes with the JSON of a class path resource, or else of a file relative to the working directory. */
    public Invocation invokeResource(String path) {
        return invokeBytes(readResource(path, loader), context.build());
    }

    /** The records the function wrote during init (its static initializer's prints, say). */
    public List<LogRecord> initLogs() {
        return initLogs;
    }

    /** Whether the function streams its response. */
    public boolean streams() {
        return function.streams();
    }

    @Override
    public String toString() {
        return "LambdaFunction[" + handler + "]";
    }

    static byte[] readResource(String path, ClassLoader loader) {
        Objects.requireNonNull(path, "path");
        String resource = path.startsWith("/") ? path.substring(1) : path;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the event " + path + " cannot be read: " + e, e);
        }
        throw new IllegalArgumentException("no event " + path + ": there is no such class path resource (e.g."
                + " src/test/resources/" + resource + ") and no file " + Path.of(path).toAbsolutePath());
    }

    static List<LogRecord> records(List<LogCapture.Captured> captured) {
        List<LogRecord> records = new ArrayList<>(captured.size());
        for (LogCapture.Captured c : captured) {
            records.add(new LogRecord(c.level().name(), c.text()));
        }
        return records;
    }

    private static java.util.Map<String, List<String>> toLists(java.util.Map<String, String> headers) {
        java.util.Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return lists;
    }

    /** Sets up a {@link LambdaFunction}. */
    public static final class Builder {
        private final String handler;
        private LogFormat logFormat = LogFormat.TEXT;
        private LogLevel logLevel = LogLevel.INFO;
        private boolean httpStreaming;
        private TestContext.Builder context = TestContext.builder();
        private ClassLoader loader;

        private Builder(String handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
        }

        /** {@code TEXT} (default) or {@code JSON}, as {@code AWS_LAMBDA_LOG_FORMAT}. */
        public Builder logFormat(String format) {
            LogFormat parsed = LogFormat.parse(format);
            if (parsed == null) {
                throw new IllegalArgumentException("log format '" + format + "': expected TEXT or JSON");
            }
            this.logFormat = parsed;
            return this;
        }

        /** {@code TRACE}, {@code DEBUG}, {@code INFO} (default), {@code WARN}, {@code ERROR} or {@code FATAL}. */
        public Builder logLevel(String level) {
            String name = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
            try {
                LogLevel parsed = LogLevel.valueOf(name);
                if (parsed == LogLevel.UNDEFINED) {
                    throw new IllegalArgumentException(name);
                }
                this.logLevel = parsed;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("log level '" + level
                        + "': expected one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL", e);
            }
            return this;
        }

        /** An {@code HttpHandler} streams its response ({@code LAMBDA_SHIM_HTTP_STREAMING=true}). */
        public Builder httpStreaming(boolean httpStreaming) {
            this.httpStreaming = httpStreaming;
            return this;
        }

        /** The context every invocation gets, built anew for each (fresh request id and deadline unless fixed). */
        public Builder context(TestContext.Builder context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Where the function's classes are; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader loader) {
            this.loader = loader;
            return this;
        }

        /** Resolves and initializes the handler. @throws LambdaInitException as Lambda's init would fail */
        public LambdaFunction build() {
            ClassLoader classes = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            if (classes == null) {
                classes = LambdaFunction.class.getClassLoader();
            }
            EmbeddedFunction.Init init = EmbeddedFunction.start(handler, classes, httpStreaming, logFormat, logLevel);
            List<LogRecord> logs = records(init.logs());
            if (init.error() != null) {
                throw new LambdaInitException("handler " + handler,
                        new String(init.error().toJson(), StandardCharsets.UTF_8), logs);
            }
            return new LambdaFunction(handler, init.function(), logs, context, classes);
        }
    }
}
