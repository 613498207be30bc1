package dev.lambdashim.maven.testing;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a packaged function's bootstrap (on the host or in a container) against the emulator and invokes it. */
public final class FunctionProcess {

    /** @param userAgent the User-Agent of the runtime's last {@code /next}, or {@code null} */
    public record Outcome(InvocationResult result, String output, String userAgent) {
    }

    private FunctionProcess() {
    }

    /**
     * @param command the command that starts the bootstrap; {@code {api}} is replaced by the Runtime API address
     */
    public static Outcome invoke(List<String> command, Map<String, String> env, String event) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            List<String> resolved = new ArrayList<>();
            for (String part : command) {
                resolved.add(part.replace("{api}", emulator.runtimeApiAddress()));
            }
            ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
            builder.environment().putAll(env);
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try {
                    process.getInputStream().transferTo(output);
                } catch (java.io.IOException ignored) {
                    // process gone
                }
            });
            pump.start();
            try {
                InvocationResult result = emulator.invoke(Invocation.of(event), Duration.ofSeconds(90));
                return new Outcome(result, output.toString(StandardCharsets.UTF_8),
                        emulator.lastUserAgent().orElse(null));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no answer; output:\n" + output.toString(StandardCharsets.UTF_8));
            } finally {
                emulator.close(); // the runtime exits on its next poll
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                pump.join(5000);
            }
        }
    }
}
