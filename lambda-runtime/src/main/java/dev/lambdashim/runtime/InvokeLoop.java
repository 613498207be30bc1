package dev.lambdashim.runtime;

import dev.lambdashim.runtime.api.HttpResponse;
import dev.lambdashim.runtime.api.MalformedAnswerException;
import dev.lambdashim.runtime.api.RuntimeApiClient;
import dev.lambdashim.runtime.api.StreamedResponse;
import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.error.XRayErrorCause;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.InvocationFailure;
import dev.lambdashim.runtime.invocation.BufferedResponse;
import dev.lambdashim.runtime.invocation.CurrentInvocation;
import dev.lambdashim.runtime.invocation.RequestIdMdc;
import dev.lambdashim.runtime.invocation.ResponseSink;
import dev.lambdashim.runtime.log.RuntimeLog;
import dev.lambdashim.runtime.log.StandardStreams;
import java.io.IOException;

/**
 * The runtime's loop: {@code /next}, call the handler, {@code /response} (buffered, or streamed as the handler
 * flushes) or {@code /error}, again, until the Runtime API answers in a way that means the process must end: a 5xx,
 * an answer that is not HTTP, or no answer at all to {@code /next}.
 */
final class InvokeLoop {

    /** Lambda's limit on a buffered response; a larger one is answered 413. */
    static final int MAX_RESPONSE_BYTES = 6_291_556;
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** Back-off before each retry of a Runtime API that cannot be reached; bounded, then the process exits. */
    private static final long[] RETRY_DELAYS_MS = {10, 50, 200, 500};

    private final RuntimeApiClient client;
    private final FunctionInvoker invoker;
    private final RuntimeEnvironment environment;
    /** Reused from one invocation to the next, emptied once after each (in {@link #invoke}'s finally). */
    private final BufferedResponse buffered;
    /** One of several loops running at once ({@link Workers}): the invocation in progress is this thread's own. */
    private final boolean concurrent;
    /** The logging libraries' context maps that take the request id; {@code null} when none is on the class path. */
    private final RequestIdMdc mdc;

    InvokeLoop(RuntimeApiClient client, FunctionInvoker invoker, RuntimeEnvironment environment, RequestIdMdc mdc) {
        this(client, invoker, environment, false, new BufferedResponse(), mdc);
    }

    InvokeLoop(RuntimeApiClient client, FunctionInvoker invoker, RuntimeEnvironment environment,
            boolean concurrent, RequestIdMdc mdc) {
        this(client, invoker, environment, concurrent, new BufferedResponse(), mdc);
    }

    /** With the buffer given: the test that it is emptied once per invocation counts through it. */
    InvokeLoop(RuntimeApiClient client, FunctionInvoker invoker, RuntimeEnvironment environment,
            boolean concurrent, BufferedResponse buffered, RequestIdMdc mdc) {
        this.buffered = buffered;
        this.client = client;
        this.invoker = invoker;
        this.environment = environment;
        this.concurrent = concurrent;
        this.mdc = mdc;
    }

    /**
     * The logging libraries' contexts that take the request id, or {@code null}. Their classes are looked for as
     * resources first, so that a function without them loads no class for this, not even {@link RequestIdMdc}: by
     * default Log4j's with AWS's Log4j 2 appender (what AWS's runtime sets), with {@code everywhere} any of Log4j 2,
     * Log4j 1 and SLF4J.
     */
    static RequestIdMdc requestIdMdc(ClassLoader loader, boolean everywhere) {
        String awsAppender = "com/amazonaws/services/lambda/runtime/log4j2/LambdaAppender.class";
        boolean log4j = loader.getResource("org/apache/logging/log4j/ThreadContext.class") != null
                || loader.getResource("org/apache/log4j/MDC.class") != null;
        boolean any = everywhere
                ? log4j || loader.getResource("org/slf4j/MDC.class") != null
                : log4j && loader.getResource(awsAppender) != null;
        return any ? RequestIdMdc.of(loader, everywhere) : null;
    }

    /**
     * Serves invocations until the process must stop.
     *
     * @return the exit status for the process; the loop only returns when it cannot go on
     */
    int run() {
        try {
            while (true) {
                HttpResponse next = next();
                if (next == null) {
                    return 1;
                }
                if (next.status() != 200) {
                    // 403 and 500 on /next mean a non-recoverable state: the runtime must exit promptly.
                    RuntimeLog.fatal("the Runtime API answered /next with HTTP " + next.status() + " ("
                            + next.bodyAsString().strip() + "); exiting");
                    return 1;
                }
                String requestId = next.header("lambda-runtime-aws-request-id");
                if (requestId == null || requestId.isBlank()) {
                    RuntimeLog.fatal("the Runtime API sent an event without a Lambda-Runtime-Aws-Request-Id header,"
                            + " so it cannot be answered; exiting");
                    return 1;
                }
                if (!invoke(requestId, next)) {
                    return 1;
                }
            }
        } catch (MalformedAnswerException e) {
            RuntimeLog.fatal("the Runtime API at " + client + " answered with something that is not HTTP: "
                    + e.getMessage() + "; exiting");
            return 1;
        }
    }

    /** Polls {@code /next}, retrying a Runtime API that cannot be reached a few times; {@code null} if it stays so. */
    private HttpResponse next() throws MalformedAnswerException {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.next();
            } catch (MalformedAnswerException e) {
                throw e;
            } catch (IOException e) {
                if (attempt == RETRY_DELAYS_MS.length) {
                    RuntimeLog.fatal("cannot reach the Lambda Runtime API at " + client
                            + " (AWS_LAMBDA_RUNTIME_API) after " + (attempt + 1) + " attempts: " + e + "; exiting");
                    return null;
                }
                try {
                    Thread.sleep(RETRY_DELAYS_MS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** One invocation, start to end; {@code false} when the process must exit afterwards. */
    private boolean invoke(String requestId, HttpResponse next) throws MalformedAnswerException {
        LambdaContext context = new LambdaContext(requestId, next, environment);
        String trace = context.traceId().orElse(null);
        if (concurrent) {
            // A process-wide property cannot hold N trace headers at once: it stays unset (README).
            CurrentInvocation.beginOnThisThread(requestId, context.tenantId().orElse(null), trace);
        } else {
            if (trace != null) {
                System.setProperty(TRACE_PROPERTY, trace);
            } else {
                System.clearProperty(TRACE_PROPERTY);
            }
            CurrentInvocation.begin(requestId, context.tenantId().orElse(null), trace);
        }
        ResponseSink response = invoker.streams() ? client.streamedResponse(requestId) : buffered;
        ErrorResponse error = null;
        String xrayCause = null;
        boolean fatal = false;
        try {
            if (mdc != null) {
                mdc.begin(requestId);
            }
            invoker.invoke(next.body(), context, response);
        } catch (InvocationFailure failure) {
            error = failure.error();
            xrayCause = xrayCause(error, failure.getCause());
        } catch (VirtualMachineError vmError) {
            // The JVM may be in no state to go on (OutOfMemoryError, StackOverflowError, InternalError):
            // report, then let Lambda start a fresh process. A large response buffer is let go first, before the
            // error is built (the finally's recycle then finds it empty).
            buffered.recycle();
            error = ErrorResponse.ofFunctionError(vmError);
            fatal = true;
        } catch (Throwable thrown) {
            error = ErrorResponse.ofFunctionError(thrown);
            xrayCause = xrayCause(error, thrown);
        } finally {
            if (mdc != null) {
                mdc.end();
            }
            // A handler that leaves its thread interrupted must not break the next call to the Runtime API.
            Thread.interrupted();
            // Partial lines are written before the response: after it Lambda may freeze the process.
            StandardStreams.flush();
        }
        boolean goOn;
        try {
            if (error == null) {
                goOn = postResponse(requestId, response);
            } else {
                RuntimeLog.invokeError(error);
                goOn = postError(requestId, response, error, xrayCause);
            }
        } finally {
            buffered.recycle();
            if (concurrent) {
                CurrentInvocation.endOnThisThread();
            } else {
                CurrentInvocation.end();
            }
        }
        if (fatal) {
            RuntimeLog.fatal("exiting after " + error.errorType() + " so that Lambda starts a fresh process");
            return false;
        }
        return goOn;
    }

    private boolean postResponse(String requestId, ResponseSink response) throws MalformedAnswerException {
        HttpResponse answer;
        try {
            answer = response instanceof StreamedResponse ? ((StreamedResponse) response).finish()
                    : client.postResponse(requestId, buffered.array(), buffered.size());
        } catch (MalformedAnswerException e) {
            throw e;
        } catch (IOException e) {
            RuntimeLog.error("could not post the response of request " + requestId + ": " + e);
            return true;
        }
        if (answer.status() == 413) {
            // Lambda has already failed the invocation (Function.ResponseSizeTooLarge): no /error post follows.
            RuntimeLog.error("the response of request " + requestId + (response.committed()
                    ? " was streamed past Lambda's limit" : " is " + buffered.size() + " bytes, over Lambda's limit of "
                    + MAX_RESPONSE_BYTES + " bytes") + "; Lambda rejected it and failed the invocation");
            return true;
        }
        return checkPostAnswer(answer, "response", requestId);
    }

    /** Before the first streamed byte an ordinary {@code /error}; after it, the error ends the stream as trailers. */
    private boolean postError(String requestId, ResponseSink response, ErrorResponse error, String xrayCause)
            throws MalformedAnswerException {
        try {
            HttpResponse answer;
            if (response.discard()) {
                answer = client.postError(requestId, error, xrayCause);
            } else {
                answer = ((StreamedResponse) response).fail(error);
            }
            return checkPostAnswer(answer, "error", requestId);
        } catch (MalformedAnswerException e) {
            throw e;
        } catch (IOException e) {
            RuntimeLog.error("could not post the error of request " + requestId + ": " + e);
            return true;
        }
    }

    /**
     * The X-Ray cause of a function's exception (its own stack) or of a runtime-found error (its cause's stack).
     * Not made for a {@code VirtualMachineError}: the JVM may have no memory left to build it.
     */
    private static String xrayCause(ErrorResponse error, Throwable thrown) {
        try {
            return error.headerType().startsWith("Function.") ? XRayErrorCause.of(thrown)
                    : XRayErrorCause.of(error, thrown);
        } catch (RuntimeException e) {
            return null; // a throwable whose getStackTrace() fails: the error is still posted
        }
    }

    /** 2xx is normal; 4xx is logged and tolerated; 5xx means the runtime must exit promptly, as for /next. */
    private static boolean checkPostAnswer(HttpResponse answer, String what, String requestId) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return true;
        }
        if (status >= 500) {
            RuntimeLog.fatal("the Runtime API answered the " + what + " of request " + requestId + " with HTTP "
                    + status + " (" + answer.bodyAsString().strip() + "); exiting");
            return false;
        }
        RuntimeLog.warn("the Runtime API answered the " + what + " of request " + requestId + " with HTTP " + status
                + " (" + answer.bodyAsString().strip() + ")");
        return true;
    }
}
