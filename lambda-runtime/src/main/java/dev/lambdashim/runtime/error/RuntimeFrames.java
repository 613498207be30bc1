package dev.lambdashim.runtime.error;

import java.util.Arrays;

/**
 * Removes the runtime's own frames from a user's stack trace: everything from the first frame of a runtime class (of
 * {@code dev.lambdashim.runtime} or one of its layers: {@code api}, {@code aws}, {@code embedded}, {@code error}, {@code handler}, {@code http},
 * {@code invocation}, {@code log}) down, and the reflection and method-handle frames just above it through which the
 * runtime called the handler. The user sees the handler's frames, not the loop's. Other packages under
 * {@code dev.lambdashim.runtime} (the tests' fixtures) are user code.
 */
final class RuntimeFrames {

    private static final String PACKAGE = "dev.lambdashim.runtime.";
    private static final String[] LAYERS =
            {"api.", "aws.", "embedded.", "error.", "handler.", "http.", "invocation.", "log."};

    private RuntimeFrames() {
    }

    static StackTraceElement[] userFrames(StackTraceElement[] frames) {
        int first = -1;
        for (int i = 0; i < frames.length; i++) {
            if (isRuntime(frames[i].getClassName())) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return frames; // thrown on a thread the runtime did not start, e.g. a CompletableFuture's
        }
        int cut = first;
        while (cut > 0 && isCallMachinery(frames[cut - 1].getClassName())) {
            cut--;
        }
        // Thrown by the runtime itself: keep everything rather than show an empty trace.
        return cut == 0 ? frames : Arrays.copyOf(frames, cut);
    }

    static boolean isRuntime(String className) {
        if (!className.startsWith(PACKAGE)) {
            return false;
        }
        int dot = className.indexOf('.', PACKAGE.length());
        if (dot < 0) {
            return true;
        }
        for (String layer : LAYERS) {
            if (className.startsWith(layer, PACKAGE.length()) && className.indexOf('.', dot + 1) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCallMachinery(String className) {
        return className.startsWith("jdk.internal.reflect.") || className.startsWith("java.lang.reflect.")
                || className.startsWith("java.lang.invoke.") || className.startsWith("sun.reflect.");
    }
}
