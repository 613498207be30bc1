package dev.lambdashim.maven.invoke;

import dev.lambdashim.emulator.TelemetryFrame;
import java.io.DataInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The telemetry pipe Lambda hands a runtime as {@code _LAMBDA_TELEMETRY_LOG_FD}, for local invokes: a named pipe the
 * function's runtime writes its log frames to, read back here so that each record shows as one log entry, the way
 * CloudWatch and the Lambda console show it (a stack trace stays one record), not as raw bytes.
 *
 * <p>The frames are decoded by the emulator's {@link TelemetryFrame}, which the runtime's tests read them with too.
 */
final class TelemetryReader implements AutoCloseable {

    static final String FD = "3";
    private static final int MAX_PAYLOAD = 1 << 20;

    private final Path fifo;
    private final Thread reader;

    private TelemetryReader(Path fifo, Consumer<String> log) {
        this.fifo = fifo;
        this.reader = new Thread(() -> read(log), "lambda-shim-telemetry");
        reader.setDaemon(true);
        reader.start();
    }

    /** Makes the pipe {@code directory/telemetry} and starts reading it. */
    static TelemetryReader open(Path directory, Consumer<String> log) throws IOException {
        Files.createDirectories(directory);
        Path fifo = directory.resolve("telemetry");
        Files.deleteIfExists(fifo);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "0600", fifo.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo " + fifo + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + fifo, e);
        }
        return new TelemetryReader(fifo, log);
    }

    Path fifo() {
        return fifo;
    }

    private void read(Consumer<String> log) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(fifo))) {
            // The header's timestamp is not shown: the records carry their own in TEXT and JSON.
            for (TelemetryFrame frame; (frame = TelemetryFrame.read(in, MAX_PAYLOAD)) != null; ) {
                if (!frame.isLogFrame()) {
                    log.accept("(telemetry: not a log frame, type " + Integer.toHexString(frame.type())
                            + "; stopped reading)");
                    return;
                }
                log.accept(frame.text());
            }
        } catch (IOException e) {
            log.accept("(telemetry: " + e.getMessage() + ")");
        }
    }

    /** Waits briefly for the last frames; unblocks a reader whose writer never came. */
    @Override
    public void close() {
        try {
            reader.join(2000);
            if (reader.isAlive()) {
                // The reader still waits for a writer to open the pipe: be that writer, then close.
                try (FileOutputStream release = new FileOutputStream(fifo.toFile())) {
                    release.flush();
                }
                reader.join(2000);
            }
            Files.deleteIfExists(fifo);
        } catch (IOException ignored) {
            // best effort: the pipe lives in target/
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
