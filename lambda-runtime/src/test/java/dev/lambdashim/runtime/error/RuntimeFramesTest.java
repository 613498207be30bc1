package dev.lambdashim.runtime.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeFramesTest {

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, className.substring(className.lastIndexOf('.') + 1) + ".java", 7);
    }

    @Test
    void runtimeFramesAndTheReflectionBetweenAreCut() {
        StackTraceElement user = frame("com.example.Handler", "handle");
        StackTraceElement fixture = frame("dev.lambdashim.runtime.fixtures.Fixture", "run");
        StackTraceElement[] frames = {user, fixture, frame("jdk.internal.reflect.DirectMethodHandleAccessor", "invoke"),
                frame("java.lang.reflect.Method", "invoke"), frame("dev.lambdashim.runtime.handler.HandlerResolver", "call"),
                frame("dev.lambdashim.runtime.log.LambdaLog", "log"),
                frame("dev.lambdashim.runtime.InvokeLoop", "invoke"), frame("dev.lambdashim.runtime.Main", "main")};
        assertArrayEquals(new StackTraceElement[] {user, fixture}, RuntimeFrames.userFrames(frames));
        StackTraceElement[] runtimeOnly = {frame("dev.lambdashim.runtime.handler.JsonCodec", "read"),
                frame("dev.lambdashim.runtime.Main", "main")};
        assertArrayEquals(runtimeOnly, RuntimeFrames.userFrames(runtimeOnly), "a runtime error keeps its frames");
        StackTraceElement[] async = {user, frame("java.util.concurrent.ForkJoinWorkerThread", "run")};
        assertArrayEquals(async, RuntimeFrames.userFrames(async));
    }

    @Test
    void everyLayerIsRuntimeButOtherSubPackagesAreUserCode() {
        assertTrue(RuntimeFrames.isRuntime("dev.lambdashim.runtime.Main"));
        assertTrue(RuntimeFrames.isRuntime("dev.lambdashim.runtime.api.RuntimeApiClient"));
        assertTrue(RuntimeFrames.isRuntime("dev.lambdashim.runtime.handler.StreamingFunctionInvoker"));
        assertTrue(RuntimeFrames.isRuntime("dev.lambdashim.runtime.invocation.CurrentInvocation"));
        assertTrue(RuntimeFrames.isRuntime("dev.lambdashim.runtime.http.HttpFunctionInvoker"));
        assertFalse(RuntimeFrames.isRuntime("dev.lambdashim.runtime.fixtures.Echo"));
        assertFalse(RuntimeFrames.isRuntime("dev.lambdashim.runtime.handler.sub.Thing"));
        assertFalse(RuntimeFrames.isRuntime("dev.lambdashim.runtimex.Main"));
    }
}
