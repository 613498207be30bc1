package dev.lambdashim.test;

import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.TelemetryFrame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A packaged function's {@code bootstrap} running on this machine: unpacked into a private temporary directory, its
 * log frames written to a file as the telemetry descriptor Lambda hands a runtime (descriptor 3), read back per
 * invocation.
 */
final class PackagedProcess implements AutoCloseable {

    /** Passed through from this environment: what finds programs, the user's home, locale, time zone. */
    private static final Set<String> BASICS = Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ",
            "TMPDIR", "JAVA_HOME");
    private static final String[] LEVELS = {"UNDEFINED", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"};
    private static final int MAX_PAYLOAD = 1 << 20;

    private final Path directory;
    private final Path telemetry;
    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread pump;
    private long read;

    private PackagedProcess(Path directory, Path telemetry, Process process) {
        this.directory = directory;
        this.telemetry = telemetry;
        this.process = process;
        this.pump = new Thread(() -> drain(process.getInputStream()), "lambda-test-function-output");
        pump.setDaemon(true);
        pump.start();
    }

    static PackagedProcess start(Path zip, Map<String, String> env, RuntimeApiEmulator emulator) throws IOException {
        Path directory = Files.createTempDirectory("lambda-test-"); // owner-only on POSIX
        try {
            Path task = directory.resolve("task");
            PackagedZip.unzip(zip, task);
            Path telemetry = Files.createFile(directory.resolve("telemetry"));
            // Lambda hands the runtime its telemetry descriptor as 3; Java passes only 0-2 to a child, hence sh.
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "exec \"$0\" 3>>\"$1\"",
                    task.resolve("bootstrap").toString(), telemetry.toString()).redirectErrorStream(true)
                    .directory(task.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> !BASICS.contains(name) && !name.startsWith("LC_"));
            environment.putAll(env);
            environment.put("AWS_LAMBDA_RUNTIME_API", emulator.runtimeApiAddress());
            environment.put("LAMBDA_TASK_ROOT", task.toString());
            environment.put("_LAMBDA_TELEMETRY_LOG_FD", "3");
            return new PackagedProcess(directory, telemetry, builder.start());
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (output) {
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    /** What the process wrote to stdout and stderr outside its log records (the JVM's own messages). */
    String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitStatus() {
        return process.exitValue();
    }

    /** The log records written since the last call: whole frames only, a frame still being written waits. */
    List<LogRecord> newRecords() {
        List<LogRecord> records = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(telemetry.toFile(), "r")) {
            long length = file.length();
            if (length <= read) {
                return records;
            }
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - read)];
            file.seek(read);
            file.readFully(bytes);
            int at = 0;
            while (bytes.length - at >= 16) {
                int payload = ByteBuffer.wrap(bytes, at + 4, 4).getInt();
                if (payload < 0 || payload > MAX_PAYLOAD || bytes.length - at - 16 < payload) {
                    break;
                }
                TelemetryFrame frame = TelemetryFrame.read(new DataInputStream(
                        new ByteArrayInputStream(bytes, at, 16 + payload)), MAX_PAYLOAD);
                int level = frame.level();
                records.add(new LogRecord(level >= 0 && level < LEVELS.length ? LEVELS[level] : "UNDEFINED",
                        frame.text()));
                at += 16 + payload;
            }
            read += at;
        } catch (IOException e) {
            records.add(new LogRecord("ERROR", "(lambda-test: the function's log frames cannot be read: " + e + ")"));
        }
        return records;
    }

    /** The peak resident memory of the process in MB, from /proc; -1 when unknown. */
    long maxMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
            pump.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(directory);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a temporary directory
        }
    }
}
