package dev.lambdashim.runtime;

import dev.lambdashim.emulator.RuntimeApiEmulator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real runtime, started as a child JVM ({@code java -cp ... dev.lambdashim.runtime.Main}) for a test. */
final class RuntimeProcess implements AutoCloseable {

    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread pump;

    private RuntimeProcess(Process process) {
        this.process = process;
        this.pump = new Thread(() -> copy(process.getInputStream()), "runtime-output");
        pump.setDaemon(true);
        pump.start();
    }

    static Builder builder() {
        return new Builder();
    }

    static RuntimeProcess start(RuntimeApiEmulator emulator, String handler) throws IOException {
        return builder().emulator(emulator).handler(handler).start();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (output) {
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // process gone
        }
    }

    /** Everything the process wrote to stdout and stderr so far. */
    String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the output contains the text; fails the test with the output if it does not within 10 s. */
    String awaitOutput(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output().contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the runtime's output does not contain '" + text + "':\n" + output());
            }
            Thread.sleep(20);
        }
        return output();
    }

    /** Waits for the process to exit and returns its status; fails the test if it does not within the timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the runtime did not exit within " + timeout + "; output:\n" + output());
        }
        pump.join(5000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    static final class Builder {
        private final Map<String, String> env = new HashMap<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<Path> extraClasspath = new ArrayList<>();
        private final List<String> leftOut = new ArrayList<>();
        private Path javaHome = Paths.get(System.getProperty("java.home"));

        Builder emulator(RuntimeApiEmulator emulator) {
            return env("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
        }

        Builder handler(String handler) {
            return env("_HANDLER", handler);
        }

        Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Builder jvmArg(String arg) {
            jvmArgs.add(arg);
            return this;
        }

        /** The JDK to run the runtime on; default the one running the tests. */
        Builder javaHome(Path home) {
            javaHome = home;
            return this;
        }

        Builder classpath(Path entry) {
            extraClasspath.add(entry);
            return this;
        }

        /** Leaves the test classpath's entries whose path contains this out of the child's classpath. */
        Builder withoutClasspath(String fragment) {
            leftOut.add(fragment);
            return this;
        }

        /**
         * Starts the runtime with descriptor 3 opened for writing on {@code fifo} (a named pipe made by
         * {@code mkfifo}) and {@code _LAMBDA_TELEMETRY_LOG_FD=3}, as Lambda hands its telemetry pipe over. Java's
         * ProcessBuilder passes only descriptors 0 to 2 to a child, hence the {@code /bin/sh -c 'exec ... 3>fifo'}.
         * Blocks until a reader has opened the FIFO: open it for reading on another thread first.
         */
        RuntimeProcess startWithTelemetryFifo(Path fifo) throws IOException {
            env("_LAMBDA_TELEMETRY_LOG_FD", "3");
            env("LAMBDASHIM_TEST_FIFO", fifo.toString());
            ProcessBuilder plain = processBuilder();
            List<String> command = new ArrayList<>();
            command.add("/bin/sh");
            command.add("-c");
            command.add("exec \"$@\" 3>\"$LAMBDASHIM_TEST_FIFO\"");
            command.add("sh");
            command.addAll(plain.command());
            plain.command(command);
            return new RuntimeProcess(plain.start());
        }

        /** The same child as {@link #start()} would run, not yet started, stdout and stderr merged. */
        ProcessBuilder processBuilder() {
            String java = javaHome.resolve("bin").resolve("java").toString();
            StringBuilder classpath = new StringBuilder();
            for (Path entry : extraClasspath) {
                classpath.append(entry).append(File.pathSeparator);
            }
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (leftOut.stream().noneMatch(entry::contains)) {
                    classpath.append(entry).append(File.pathSeparator);
                }
            }
            List<String> command = new ArrayList<>();
            command.add(java);
            command.add("-XX:TieredStopAtLevel=1");
            // As the bootstrap runs it: every process test checks that native reflection accessors are safe.
            command.add("-Djdk.reflect.useNativeAccessorOnly=true");
            command.add("-Xshare:auto");
            command.addAll(jvmArgs);
            command.add("-cp");
            command.add(classpath.toString());
            command.add(Main.class.getName());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("_HANDLER")
                    || k.startsWith("LAMBDA_") || k.startsWith("JAVA_TOOL_OPTIONS") || k.startsWith("_LAMBDA_"));
            environment.put("AWS_LAMBDA_FUNCTION_NAME", "test-function");
            environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/test-function");
            environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/25/[$LATEST]abcdef");
            environment.put("LAMBDA_TASK_ROOT", System.getProperty("user.dir"));
            for (Map.Entry<String, String> e : env.entrySet()) {
                if (e.getValue() == null) {
                    environment.remove(e.getKey());
                } else {
                    environment.put(e.getKey(), e.getValue());
                }
            }
            return builder;
        }

        RuntimeProcess start() throws IOException {
            return new RuntimeProcess(processBuilder().start());
        }
    }
}
