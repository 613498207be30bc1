package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.docker.ProcessOutput;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.HostEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The runtime build without Docker ({@code -Dlambda.docker=false}): the same script on this machine's JDK, which must
 * be a Linux JDK of the function's architecture, since the runtime it links goes to Lambda as it is.
 */
final class HostBuild {

    private final Consumer<String> log;

    HostBuild(Consumer<String> log) {
        this.log = log;
    }

    /** The JDK that builds: the one running Maven. */
    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Refuses a machine whose JDK cannot build for Lambda. */
    static void check(Architecture architecture) throws LambdaPackagingException {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        Architecture host = arch.equals("aarch64") || arch.equals("arm64") ? Architecture.ARM64
                : arch.equals("amd64") || arch.equals("x86_64") ? Architecture.X86_64 : null;
        if (!os.startsWith("Linux") || host != architecture) {
            throw new LambdaPackagingException("Building without Docker links this machine's JDK into the zip, so it"
                    + " must be a Linux " + architecture.lambdaName() + " JDK; this is " + os + " " + arch
                    + ". Build with Docker (<docker>true</docker>, the default), or on a Linux "
                    + architecture.lambdaName() + " machine");
        }
        if (!Files.isExecutable(javaHome().resolve("bin/jlink"))) {
            throw new LambdaPackagingException("Building without Docker needs a JDK with jlink; Maven runs on "
                    + javaHome() + ", which has none: set JAVA_HOME to a full JDK");
        }
    }

    void run(JavaRuntimeRequest request, Path script, Path emulator, Map<String, String> env)
            throws LambdaPackagingException {
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true)
                .directory(request.taskRoot().toFile());
        Map<String, String> variables = builder.environment();
        HostEnvironment.reset(variables);
        variables.putAll(env);
        variables.put("TASK_ROOT", request.taskRoot().toString());
        variables.put("EMULATOR_CP", emulator.toString());
        variables.put("JAVA_HOME", javaHome().toString());
        if (request.layerDirectory() != null) {
            variables.put("LAYER", request.layerDirectory().toAbsolutePath().toString());
        }
        if (request.eventsDirectory() != null && Files.isDirectory(request.eventsDirectory())) {
            variables.put("EVENTS_DIR", request.eventsDirectory().toString());
        } else {
            variables.remove("EVENTS_DIR");
        }
        ProcessOutput output = new ProcessOutput(line -> log.accept("[host] " + line));
        try {
            Process process = builder.start();
            output.drain(process.getInputStream());
            int status = process.waitFor();
            if (status == BuildScript.LAYER_LACKS_MODULES) {
                throw new LambdaPackagingException(BuildScript.layerLacks(request.handler(), output.lastLines()));
            }
            if (status != 0) {
                throw new LambdaPackagingException("The runtime build on this machine's JDK failed with exit code "
                        + status + ". Last lines:\n  " + String.join("\n  ", output.lastLines()));
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot run the runtime build: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaPackagingException("Interrupted during the runtime build", e);
        }
    }
}
