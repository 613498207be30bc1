package bench.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runtime ({@code dev.lambdashim.runtime.Main}) started as a child process on this JVM's java, with the given JVM
 * flags, against a Runtime API (an emulator's address), its output discarded: as a benchmark driver measures it.
 */
public final class RuntimeChild {

    private RuntimeChild() {
    }

    /**
     * Starts the runtime serving {@code handler} as function "bench" with 512 MB.
     *
     * @param extraEnv further variables (e.g. {@code AWS_LAMBDA_MAX_CONCURRENCY})
     */
    public static Process start(String classpath, List<String> jvmFlags, String runtimeApi, String handler,
            Map<String, String> extraEnv) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classpath);
        command.add("dev.lambdashim.runtime.Main");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", handler);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("LAMBDA_TASK_ROOT", new File(".").getAbsolutePath());
        env.putAll(extraEnv);
        return builder.start();
    }
}
