package dev.lambdashim.runtime.invocation;

import dev.lambdashim.runtime.log.RuntimeLog;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The request id under {@code AWSRequestId} in the per-thread context maps of the logging libraries on the function's
 * class path, for the invocation's length: Log4j 2's {@code ThreadContext}, SLF4J's {@code MDC} (Logback's, or
 * whichever provider SLF4J is bound to) and Log4j 1's {@code MDC}, so that {@code %X{AWSRequestId}} in a pattern
 * prints it.
 *
 * <p>AWS's runtime interface client puts the same key into Log4j 2's {@code ThreadContext} and Log4j 1's {@code MDC}
 * before each invocation, found by reflection through the function's class loader, when AWS's
 * {@code aws-lambda-java-log4j2} appender is loaded, and never removes it. Here it is also SLF4J's, with or without
 * that appender, and it is removed when the handler returns, so that nothing a thread logs between invocations
 * carries a finished invocation's id (README lists both differences).
 *
 * <p>Loaded only when one of those libraries is on the class path ({@code InvokeLoop} looks for their classes as
 * resources first): a function without them loads neither this class nor anything of theirs. Bound by method
 * handles, as the runtime depends on none of them.
 */
public final class RequestIdMdc {

    /** The key AWS's runtime uses, and the one AWS's documentation puts in Log4j 2 patterns. */
    public static final String KEY = "AWSRequestId";

    /** Each library's context class, and the type of its {@code put}'s value. */
    private static final String[][] LIBRARIES = {
        {"org.apache.logging.log4j.ThreadContext", "java.lang.String"},
        {"org.slf4j.MDC", "java.lang.String"},
        {"org.apache.log4j.MDC", "java.lang.Object"},
    };
    private static final MethodType PUT = MethodType.methodType(void.class, String.class, String.class);
    private static final MethodType REMOVE = MethodType.methodType(void.class, String.class);

    private final String[] names;
    private final MethodHandle[] puts;
    private final MethodHandle[] removes;
    /** A library whose call failed once is left alone from then on (and said so once). */
    private final boolean[] broken;

    private RequestIdMdc(List<String> names, List<MethodHandle> puts, List<MethodHandle> removes) {
        this.names = names.toArray(new String[0]);
        this.puts = puts.toArray(new MethodHandle[0]);
        this.removes = removes.toArray(new MethodHandle[0]);
        this.broken = new boolean[this.names.length];
    }

    /**
     * The context maps visible to the function's class loader, or {@code null} if there is none. Their classes are
     * not initialized here: the first {@link #begin} does it, after the function's own start-up configured them.
     */
    public static RequestIdMdc of(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        List<MethodHandle> puts = new ArrayList<>();
        List<MethodHandle> removes = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (String[] library : LIBRARIES) {
            try {
                Class<?> type = Class.forName(library[0], false, loader);
                Class<?> value = Class.forName(library[1]);
                puts.add(lookup.findStatic(type, "put", MethodType.methodType(void.class, String.class, value))
                        .asType(PUT));
                removes.add(lookup.findStatic(type, "remove", REMOVE));
                names.add(library[0]);
            } catch (ReflectiveOperationException | LinkageError absent) {
                // not on the class path, or a version without these methods: nothing to set
            }
        }
        return names.isEmpty() ? null : new RequestIdMdc(names, puts, removes);
    }

    /** Puts the request id on this thread, before the handler is called. */
    public void begin(String requestId) {
        for (int i = 0; i < puts.length; i++) {
            if (!broken[i]) {
                try {
                    puts[i].invokeExact(KEY, requestId);
                } catch (Throwable t) {
                    fail(i, t);
                }
            }
        }
    }

    /** Removes it again, when the handler has returned. */
    public void end() {
        for (int i = 0; i < removes.length; i++) {
            if (!broken[i]) {
                try {
                    removes[i].invokeExact(KEY);
                } catch (Throwable t) {
                    fail(i, t);
                }
            }
        }
    }

    private void fail(int library, Throwable t) {
        broken[library] = true;
        RuntimeLog.warn(names[library] + " failed to take " + KEY + " (" + t + "); its log lines go on without the"
                + " request id");
    }
}
