package dev.lambdashim.runtime;

import dev.lambdashim.runtime.api.HttpResponse;
import dev.lambdashim.runtime.api.RuntimeApiClient;
import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.HandlerInitException;
import dev.lambdashim.runtime.handler.HandlerName;
import dev.lambdashim.runtime.invocation.RequestIdMdc;
import dev.lambdashim.runtime.handler.HandlerResolver;
import dev.lambdashim.runtime.log.JulConfiguration;
import dev.lambdashim.runtime.log.LambdaLog;
import dev.lambdashim.runtime.log.RuntimeLog;
import dev.lambdashim.runtime.log.StandardStreams;
import java.io.IOException;

/**
 * The entry point that Lambda starts through {@code bootstrap}. Takes no arguments: everything comes from the
 * environment ({@code _HANDLER}, {@code AWS_LAMBDA_RUNTIME_API}, {@code LAMBDA_TASK_ROOT}, ...).
 *
 * <p>Start-up: resolve the handler once (a failure is posted to {@code /runtime/init/error} and the process exits
 * without polling), then hand over to the {@link InvokeLoop}. Exit status 1 means the runtime could not go on.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before anything can touch java.util.logging: records go to the function's log with the request id.
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", JulConfiguration.class.getName());
        }
        int status = 1;
        try {
            // Before any user code: every print from the handler's static initializer on is a record of the log.
            StandardStreams.install(LambdaLog.get());
            status = run(RuntimeEnvironment.from(System.getenv()));
        } catch (Throwable t) {
            // Whatever went wrong, the process ends here: threads the function started must not keep it alive.
            try {
                RuntimeLog.fatal("the runtime failed: " + t + "; exiting");
            } catch (Throwable ignored) {
                t.printStackTrace();
            }
        } finally {
            StandardStreams.flush();
            System.exit(status);
        }
    }

    static int run(RuntimeEnvironment environment) {
        if (environment.concurrency().problem() != null) {
            RuntimeLog.warn(environment.concurrency().problem());
        }
        String api = environment.runtimeApi();
        if (api == null || api.isBlank()) {
            RuntimeLog.fatal("AWS_LAMBDA_RUNTIME_API is not set. This program is the bootstrap of a Lambda custom"
                    + " runtime: Lambda starts it; to run a function locally use `mvn lambda:invoke`, or set"
                    + " AWS_LAMBDA_RUNTIME_API to the host:port of a Runtime API emulator");
            return 1;
        }
        RuntimeApiClient client;
        try {
            client = new RuntimeApiClient(api.strip());
        } catch (IllegalArgumentException e) {
            RuntimeLog.fatal(e.getMessage());
            return 1;
        }
        FunctionInvoker invoker;
        try {
            invoker = new HandlerResolver(Main.class.getClassLoader(), environment.httpStreaming())
                    .resolve(HandlerName.parse(environment.handler()));
        } catch (HandlerInitException e) {
            reportInitError(client, e.toErrorResponse());
            return 1;
        } catch (Throwable t) {
            reportInitError(client, ErrorResponse.ofRuntimeError("InitError",
                    "the runtime failed to set up handler " + environment.handler() + ": " + t, t));
            return 1;
        }
        // What the static initializer printed without a newline is written before the process may be frozen.
        StandardStreams.flush();
        RequestIdMdc mdc = InvokeLoop.requestIdMdc(Main.class.getClassLoader(),
                environment.requestIdMdc());
        int invocations = environment.concurrency().invocations();
        if (invocations > 1) {
            client.close();
            try {
                return new Workers(invocations, api.strip(), invoker, environment, mdc).run();
            } catch (InterruptedException e) {
                return 1;
            }
        }
        return new InvokeLoop(client, invoker, environment, mdc).run();
    }

    private static void reportInitError(RuntimeApiClient client, ErrorResponse error) {
        StandardStreams.flush();
        RuntimeLog.initError(error);
        try {
            HttpResponse answer = client.postInitError(error);
            if (answer.status() / 100 != 2) {
                RuntimeLog.warn("the Runtime API answered the init error with HTTP " + answer.status());
            }
        } catch (IOException e) {
            RuntimeLog.error("could not post the init error to the Runtime API at " + client + ": " + e);
        } finally {
            client.close();
        }
    }
}
