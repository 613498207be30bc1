package dev.lambdashim.runtime.embedded;

import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.HandlerInitException;
import dev.lambdashim.runtime.handler.HandlerName;
import dev.lambdashim.runtime.handler.HandlerResolver;
import dev.lambdashim.runtime.handler.InvocationFailure;
import dev.lambdashim.runtime.invocation.BufferedResponse;
import dev.lambdashim.runtime.invocation.CurrentInvocation;
import dev.lambdashim.runtime.log.LogCapture;
import dev.lambdashim.runtime.log.LogFormat;
import dev.lambdashim.runtime.log.LogLevel;
import dev.lambdashim.runtime.log.RuntimeLog;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime inside another JVM program, a test: the handler resolved by the {@link HandlerResolver} that
 * {@code bootstrap} uses, called through the same {@link FunctionInvoker} (JSON binding, HTTP adapter, streaming),
 * its failures turned into the same {@link ErrorResponse}, its log written by the same encoders; only the Runtime API
 * is missing: what would be posted is returned instead ({@link EmbeddedInvocation}).
 *
 * <p>The log capture replaces the process-wide {@code System.out}, {@code System.err} and root JUL handler while the
 * handler runs, so invocations of all embedded functions of a JVM run one at a time, as they do in a Lambda
 * execution environment without {@code AWS_LAMBDA_MAX_CONCURRENCY}.
 */
public final class EmbeddedFunction {

    /** The JVM's standard streams are one: one embedded invocation at a time. A lock, not state. */
    private static final Object ONE_AT_A_TIME = new Object();
    /** The system property the runtime sets to the invocation's X-Ray trace header, as AWS's runtime does. */
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final FunctionInvoker invoker;
    private final LogCapture log;

    private EmbeddedFunction(FunctionInvoker invoker, LogCapture log) {
        this.invoker = invoker;
        this.log = log;
    }

    /**
     * The outcome of start-up.
     *
     * @param function the function, ready for events; {@code null} when its init failed
     * @param error what the runtime would post to {@code /runtime/init/error}; {@code null} when init succeeded
     * @param logs the records written during init (the static initializer's prints, the runtime's Init Error)
     */
    public record Init(EmbeddedFunction function, ErrorResponse error, List<LogCapture.Captured> logs) {
    }

    /**
     * Resolves and initializes the handler as {@code bootstrap} does at start-up: loads and initializes the class
     * (its static initializer runs once per class loader, as in a Lambda execution environment), creates the
     * instance, checks the method, prepares its JSON binding.
     *
     * @param handler the handler string, as in the plugin's {@code <handler>} and Lambda's Handler setting
     * @param loader where the function's classes are
     * @param httpStreaming an {@code HttpHandler} streams its response ({@code LAMBDA_SHIM_HTTP_STREAMING=true})
     * @param format the log's format ({@code AWS_LAMBDA_LOG_FORMAT})
     * @param level the log's level ({@code AWS_LAMBDA_LOG_LEVEL})
     */
    public static Init start(String handler, ClassLoader loader, boolean httpStreaming, LogFormat format,
            LogLevel level) {
        LogCapture log = new LogCapture(format, level);
        ErrorResponse error;
        synchronized (ONE_AT_A_TIME) {
            try (LogCapture.Installed installed = log.install()) {
                try {
                    FunctionInvoker invoker = new HandlerResolver(loader, httpStreaming)
                            .resolve(HandlerName.parse(handler));
                    installed.flush();
                    return new Init(new EmbeddedFunction(invoker, log), null, log.drain());
                } catch (HandlerInitException e) {
                    error = e.toErrorResponse();
                } catch (Throwable t) {
                    error = ErrorResponse.ofRuntimeError("InitError",
                            "the runtime failed to set up handler " + handler + ": " + t, t);
                }
                installed.flush();
                RuntimeLog.initError(error); // into the capture: LambdaLog.get() is routed to it while installed
            }
        }
        return new Init(null, error, log.drain());
    }

    /** Whether the handler streams its response (a {@code StreamingHandler}, or an HTTP handler in streaming mode). */
    public boolean streams() {
        return invoker.streams();
    }

    /**
     * One invocation, as {@code InvokeLoop} runs it: the invocation's ids set for the log (and the X-Ray property),
     * the handler called, a {@link InvocationFailure} or any throwable turned into the error the runtime would post,
     * the {@code Invoke Error} record logged, partial lines written as records.
     *
     * @param event the payload as Lambda would send it
     * @param context this invocation's context
     */
    public EmbeddedInvocation invoke(byte[] event, Context context) {
        synchronized (ONE_AT_A_TIME) {
            String previousTrace = System.getProperty(TRACE_PROPERTY);
            String trace = context.traceId().orElse(null);
            if (trace != null) {
                System.setProperty(TRACE_PROPERTY, trace);
            } else {
                System.clearProperty(TRACE_PROPERTY);
            }
            CurrentInvocation.begin(context.requestId(), context.tenantId().orElse(null), trace);
            BufferedResponse buffered = invoker.streams() ? null : new BufferedResponse();
            RecordingResponse streamed = invoker.streams() ? new RecordingResponse() : null;
            ErrorResponse error = null;
            boolean fatal = false;
            try (LogCapture.Installed installed = log.install()) {
                try {
                    invoker.invoke(event, context, buffered != null ? buffered : streamed);
                } catch (InvocationFailure failure) {
                    error = failure.error();
                } catch (VirtualMachineError vmError) {
                    error = ErrorResponse.ofFunctionError(vmError);
                    fatal = true;
                } catch (Throwable thrown) {
                    error = ErrorResponse.ofFunctionError(thrown);
                } finally {
                    Thread.interrupted();
                    installed.flush();
                }
                if (error != null) {
                    RuntimeLog.invokeError(error);
                    if (buffered != null) {
                        buffered.discard();
                    } else {
                        streamed.discard();
                    }
                } else if (streamed != null) {
                    streamed.finish();
                }
            } finally {
                CurrentInvocation.end();
                if (previousTrace != null) {
                    System.setProperty(TRACE_PROPERTY, previousTrace);
                } else {
                    System.clearProperty(TRACE_PROPERTY);
                }
            }
            if (buffered != null) {
                return new EmbeddedInvocation(Arrays.copyOf(buffered.array(), buffered.size()), false, List.of(),
                        null, null, error, fatal, log.drain());
            }
            List<byte[]> chunks = streamed.chunks();
            int length = chunks.stream().mapToInt(c -> c.length).sum();
            byte[] body = new byte[length];
            int at = 0;
            for (byte[] chunk : chunks) {
                System.arraycopy(chunk, 0, body, at, chunk.length);
                at += chunk.length;
            }
            return new EmbeddedInvocation(body, true, chunks, streamed.contentType(), streamed.http(), error, fatal,
                    log.drain());
        }
    }
}
