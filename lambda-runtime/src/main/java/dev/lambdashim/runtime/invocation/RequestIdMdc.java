package dev.lambdashim.runtime.invocation;

import dev.lambdashim.runtime.log.RuntimeLog;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The request id under {@code AWSRequestId} in the per-thread context of the logging libraries on the function's
 * class path, for the invocation's length, so that {@code %X{AWSRequestId}} in a pattern prints it.
 *
 * <p>As AWS's runtime interface client (2.10.1) does: before each invocation, while AWS's
 * {@code aws-lambda-java-log4j2} appender is loaded (it says so through {@code LambdaRuntimeInternal.setUseLog4jAppender(true)}), the id goes into
 * Log4j 2's {@code ThreadContext} and Log4j 1's {@code MDC}, found by reflection through the function's class loader;
 * nothing goes into SLF4J's MDC. With {@code LAMBDA_SHIM_REQUEST_ID_MDC=true} ({@link #everywhere}) it also goes into
 * SLF4J's {@code MDC} (Logback's, or whichever provider SLF4J is bound to) and into Log4j's without AWS's appender:
 * not by default, since a JSON layout that writes the whole context (Powertools' does) would then carry a field it
 * does not carry on AWS. Unlike AWS's client, the key is removed when the handler returns (README).
 *
 * <p>Loaded only when such a library is on the class path ({@code InvokeLoop} looks for their classes as resources
 * first): a function without them loads neither this class nor anything of theirs. Bound by method handles, as the
 * runtime depends on none of them.
 */
public final class RequestIdMdc {

    /** The key AWS's runtime uses, and the one AWS's documentation puts in Log4j 2 patterns. */
    public static final String KEY = "AWSRequestId";

    /** Each library's context class, the type of its {@code put}'s value, and whether it is one of Log4j's. */
    private static final String[][] LIBRARIES = {
        {"org.apache.logging.log4j.ThreadContext", "java.lang.String", "log4j"},
        {"org.apache.log4j.MDC", "java.lang.Object", "log4j"},
        {"org.slf4j.MDC", "java.lang.String", "slf4j"},
    };
    private static final MethodType PUT = MethodType.methodType(void.class, String.class, String.class);
    private static final MethodType REMOVE = MethodType.methodType(void.class, String.class);

    private final String[] names;
    private final boolean[] log4j;
    private final MethodHandle[] puts;
    private final MethodHandle[] removes;
    /** {@code LambdaRuntimeInternal.getUseLog4jAppender()}; {@code null} without aws-lambda-java-core. */
    private final MethodHandle awsAppenderLoaded;
    private final boolean everywhere;
    /** A library whose call failed once is left alone from then on (and said so once). */
    private final boolean[] broken;
    /** What this thread's invocation put, for {@link #end} to remove. */
    private final ThreadLocal<boolean[]> put = new ThreadLocal<>();

    private RequestIdMdc(List<String[]> found, List<MethodHandle> puts, List<MethodHandle> removes,
            MethodHandle awsAppenderLoaded, boolean everywhere) {
        this.names = found.stream().map(l -> l[0]).toArray(String[]::new);
        this.log4j = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            log4j[i] = found.get(i)[2].equals("log4j");
        }
        this.puts = puts.toArray(new MethodHandle[0]);
        this.removes = removes.toArray(new MethodHandle[0]);
        this.awsAppenderLoaded = awsAppenderLoaded;
        this.everywhere = everywhere;
        this.broken = new boolean[names.length];
    }

    /**
     * The contexts visible to the function's class loader that may take the id, or {@code null} if there is none.
     * Their classes are not initialized here: the first {@link #begin} does it, after the function's own start-up
     * configured them.
     *
     * @param everywhere {@code LAMBDA_SHIM_REQUEST_ID_MDC=true}: SLF4J's too, and Log4j's without AWS's appender
     */
    public static RequestIdMdc of(ClassLoader loader, boolean everywhere) {
        List<String[]> found = new ArrayList<>();
        List<MethodHandle> puts = new ArrayList<>();
        List<MethodHandle> removes = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (String[] library : LIBRARIES) {
            if (!everywhere && !library[2].equals("log4j")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(library[0], false, loader);
                Class<?> value = Class.forName(library[1]);
                puts.add(lookup.findStatic(type, "put", MethodType.methodType(void.class, String.class, value))
                        .asType(PUT));
                removes.add(lookup.findStatic(type, "remove", REMOVE));
                found.add(library);
            } catch (ReflectiveOperationException | LinkageError absent) {
                // not on the class path, or a version without these methods: nothing to set
            }
        }
        MethodHandle awsAppenderLoaded = null;
        try {
            awsAppenderLoaded = lookup.findStatic(Class.forName(
                    "com.amazonaws.services.lambda.runtime.LambdaRuntimeInternal", false, loader),
                    "getUseLog4jAppender", MethodType.methodType(boolean.class));
        } catch (ReflectiveOperationException | LinkageError absent) {
            // no aws-lambda-java-core, or one before the appender's flag: AWS's appender cannot be loaded either
        }
        if (found.isEmpty() || (!everywhere && awsAppenderLoaded == null)) {
            return null;
        }
        return new RequestIdMdc(found, puts, removes, awsAppenderLoaded, everywhere);
    }

    /** Puts the request id on this thread, before the handler is called. */
    public void begin(String requestId) {
        boolean log4jToo = everywhere || awsAppenderLoaded();
        boolean[] done = new boolean[puts.length];
        for (int i = 0; i < puts.length; i++) {
            if (!broken[i] && (log4jToo || !log4j[i])) {
                try {
                    puts[i].invokeExact(KEY, requestId);
                    done[i] = true;
                } catch (Throwable t) {
                    fail(i, t);
                }
            }
        }
        put.set(done);
    }

    /** Removes it again, when the handler has returned. */
    public void end() {
        boolean[] done = put.get();
        if (done == null) {
            return;
        }
        put.remove();
        for (int i = 0; i < removes.length; i++) {
            if (done[i] && !broken[i]) {
                try {
                    removes[i].invokeExact(KEY);
                } catch (Throwable t) {
                    fail(i, t);
                }
            }
        }
    }

    /** Read at each invocation, as AWS's client does: the appender may be loaded by the first invocation's logging. */
    private boolean awsAppenderLoaded() {
        try {
            return awsAppenderLoaded != null && (boolean) awsAppenderLoaded.invokeExact();
        } catch (Throwable t) {
            return false;
        }
    }

    private void fail(int library, Throwable t) {
        broken[library] = true;
        RuntimeLog.warn(names[library] + " failed to take " + KEY + " (" + t + "); its log lines go on without the"
                + " request id");
    }
}
