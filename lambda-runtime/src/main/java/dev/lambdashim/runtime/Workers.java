package dev.lambdashim.runtime;

import dev.lambdashim.runtime.api.RuntimeApiClient;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.invocation.CurrentInvocation;
import dev.lambdashim.runtime.invocation.RequestIdMdc;
import dev.lambdashim.runtime.log.RuntimeLog;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Several invocations at once ({@code AWS_LAMBDA_MAX_CONCURRENCY} over 1, Lambda Managed Instances): N workers, each
 * an {@link InvokeLoop} of its own (its own connection to the Runtime API, its own response buffer) polling
 * {@code /next}, calling the one shared handler and posting the answer. A worker is a virtual thread when the JVM has
 * them (Java 21 on), so a handler waiting on I/O holds no OS thread; a platform thread on 17.
 *
 * <p>The first worker whose loop ends (the Runtime API refused or vanished, a {@code VirtualMachineError}) ends the
 * process with its status: the other workers are not waited for, as the process is in no state to go on.
 */
final class Workers {

    private static final String NAME = "lambda-shim-worker-";

    private final int count;
    private final String runtimeApi;
    private final FunctionInvoker invoker;
    private final RuntimeEnvironment environment;
    private final RequestIdMdc mdc;

    Workers(int count, String runtimeApi, FunctionInvoker invoker, RuntimeEnvironment environment, RequestIdMdc mdc) {
        this.mdc = mdc;
        this.count = count;
        this.runtimeApi = runtimeApi;
        this.invoker = invoker;
        this.environment = environment;
    }

    /** Starts the workers and returns the exit status of the first one to stop. */
    int run() throws InterruptedException {
        CurrentInvocation.usePerThread();
        BlockingQueue<Integer> exits = new ArrayBlockingQueue<>(count);
        ThreadFactory threads = threadFactory();
        for (int i = 0; i < count; i++) {
            RuntimeApiClient client = new RuntimeApiClient(runtimeApi);
            Thread worker = threads.newThread(() -> exits.add(serve(client)));
            worker.setName(NAME + (i + 1));
            worker.setDaemon(true); // the process ends with main, whatever a worker is doing
            worker.start();
        }
        return exits.take();
    }

    private int serve(RuntimeApiClient client) {
        try {
            return new InvokeLoop(client, invoker, environment, true, mdc).run();
        } catch (Throwable t) {
            try {
                RuntimeLog.fatal("worker " + Thread.currentThread().getName() + " failed: " + t + "; exiting");
            } catch (Throwable ignored) {
                // no memory left to log: the exit status says it
            }
            return 1;
        }
    }

    /** Virtual threads on Java 21 and later, found at run time: the runtime is compiled for 17. */
    static ThreadFactory threadFactory() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Object ofVirtual = lookup.findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual"))).invoke();
            MethodHandle factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
            return (ThreadFactory) factory.invoke(ofVirtual);
        } catch (Throwable noVirtualThreads) {
            // Java 17 (no such method), or 19-20 without preview features
            return Thread::new;
        }
    }
}
