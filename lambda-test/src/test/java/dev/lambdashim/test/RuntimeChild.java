package dev.lambdashim.test;

import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.PostedError;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real runtime process ({@code java -cp <test class path> dev.lambdashim.runtime.Main}) against the emulator, to
 * compare what it posts with what {@link LambdaFunction} says it would post.
 */
final class RuntimeChild implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final RuntimeApiEmulator emulator;
    private final Process process;

    private RuntimeChild(RuntimeApiEmulator emulator, Process process) {
        this.emulator = emulator;
        this.process = process;
    }

    static RuntimeChild start(String handler, Map<String, String> env) throws IOException {
        RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                System.getProperty("java.home") + "/bin/java", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.lambdashim.runtime.Main"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("_") || k.startsWith("LAMBDA_")
                || k.startsWith("JAVA_TOOL_OPTIONS"));
        environment.put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
        environment.put("_HANDLER", handler);
        environment.putAll(env);
        return new RuntimeChild(emulator, builder.start());
    }

    InvocationResult invoke(String payload) throws Exception {
        return emulator.invoke(dev.lambdashim.emulator.Invocation.of(payload), TIMEOUT);
    }

    PostedError initError() throws Exception {
        return emulator.awaitInitError(TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        emulator.close();
    }
}
