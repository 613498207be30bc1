package dev.lambdashim.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The runtime's loop: {@code /next}, call the handler, {@code /response} or {@code /error}, again, until the Runtime
 * API answers in a way that means the process must end.
 *
 * <p>The request and tenant id of the invocation in progress are the one piece of static mutable state of the
 * process: loggers on any thread read them to tag their records.
 */
final class InvokeLoop {

    /** Lambda's limit on a synchronous response; a larger one is answered 413. */
    static final int MAX_RESPONSE_BYTES = 6_291_556;
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** Back-off before each retry of a Runtime API that cannot be reached; bounded, then the process exits. */
    private static final long[] RETRY_DELAYS_MS = {10, 50, 200, 500};

    private static volatile String currentRequestId;
    private static volatile String currentTenantId;

    private final RuntimeApiClient client;
    private final FunctionInvoker invoker;
    private final RuntimeEnvironment environment;
    private final ResponseBuffer response = new ResponseBuffer();

    InvokeLoop(RuntimeApiClient client, FunctionInvoker invoker, RuntimeEnvironment environment) {
        this.client = client;
        this.invoker = invoker;
        this.environment = environment;
    }

    /** The request id of the invocation in progress, or {@code null} between invocations. */
    static String currentRequestId() {
        return currentRequestId;
    }

    /** The tenant id of the invocation in progress, or {@code null} between invocations or when it has none. */
    static String currentTenantId() {
        return currentTenantId;
    }

    /**
     * Serves invocations until the process must stop.
     *
     * @return the exit status for the process; the loop only returns when it cannot go on
     */
    int run() {
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
    }

    /** Polls {@code /next}, retrying a Runtime API that cannot be reached a few times; {@code null} if it stays so. */
    private HttpResponse next() {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.next();
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
    private boolean invoke(String requestId, HttpResponse next) {
        LambdaContext context = new LambdaContext(requestId, next, environment);
        String trace = context.traceId().orElse(null);
        if (trace != null) {
            System.setProperty(TRACE_PROPERTY, trace);
        } else {
            System.clearProperty(TRACE_PROPERTY);
        }
        currentTenantId = context.tenantId().orElse(null);
        currentRequestId = requestId;
        response.recycle();
        ErrorResponse error = null;
        String xrayCause = null;
        boolean fatal = false;
        try {
            invoker.invoke(next.body(), context, response);
        } catch (InvocationFailure failure) {
            error = failure.error();
            xrayCause = xrayCause(error, failure.getCause());
        } catch (VirtualMachineError vmError) {
            // The JVM may be in no state to go on (OutOfMemoryError, StackOverflowError, InternalError):
            // report, then let Lambda start a fresh process.
            response.recycle();
            error = ErrorResponse.ofFunctionError(vmError);
            fatal = true;
        } catch (Throwable thrown) {
            error = ErrorResponse.ofFunctionError(thrown);
            xrayCause = xrayCause(error, thrown);
        } finally {
            // A handler that leaves its thread interrupted must not break the next call to the Runtime API.
            Thread.interrupted();
            // Partial lines are written before the response: after it Lambda may freeze the process.
            StandardStreams.flush();
        }
        try {
            if (error == null) {
                postResponse(requestId);
            } else {
                response.recycle();
                RuntimeLog.error("Invoke Error",
                        ErrorFields.of(error, " " + new String(error.toJson(), StandardCharsets.UTF_8)));
                if (!postError(requestId, error, xrayCause)) {
                    return false;
                }
            }
        } finally {
            currentRequestId = null;
            currentTenantId = null;
        }
        if (fatal) {
            RuntimeLog.fatal("exiting after " + error.errorType() + " so that Lambda starts a fresh process");
            return false;
        }
        return true;
    }

    private void postResponse(String requestId) {
        int size = response.size();
        HttpResponse answer;
        try {
            answer = client.postResponse(requestId, response.array(), size);
        } catch (IOException e) {
            RuntimeLog.error("could not post the response of request " + requestId + ": " + e);
            return;
        }
        if (answer.status() == 413) {
            // Lambda has already failed the invocation (Function.ResponseSizeTooLarge): no /error post follows.
            RuntimeLog.error("the response of request " + requestId + " is " + size + " bytes, over Lambda's limit of "
                    + MAX_RESPONSE_BYTES + " bytes; Lambda rejected it and failed the invocation");
        } else {
            checkPostAnswer(answer, "response", requestId);
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

    private boolean postError(String requestId, ErrorResponse error, String xrayCause) {
        try {
            return checkPostAnswer(client.postError(requestId, error, xrayCause), "error", requestId);
        } catch (IOException e) {
            RuntimeLog.error("could not post the error of request " + requestId + ": " + e);
            return true;
        }
    }

    /** 2xx is normal; 400 and 403 are logged and tolerated; 500 means the runtime must exit. */
    private static boolean checkPostAnswer(HttpResponse answer, String what, String requestId) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return true;
        }
        RuntimeLog.warn("the Runtime API answered the " + what + " of request " + requestId + " with HTTP " + status
                + " (" + answer.bodyAsString().strip() + ")");
        return status < 500;
    }
}
