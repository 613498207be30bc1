package dev.lambdashim.runtime;

import dev.lambdashim.emulator.TelemetryFrame;
import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads telemetry frames from a named pipe on a thread of its own, as Lambda's log agent does: the pipe is made with
 * {@code mkfifo} and handed to the runtime with {@link RuntimeProcess.Builder#startWithTelemetryFifo(Path)}.
 */
final class FrameReader implements AutoCloseable {

    private final Path dir;
    private final Path fifo;
    private final List<TelemetryFrame> frames = new ArrayList<>();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean ended;

    private FrameReader(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.fifo = dir.resolve("telemetry.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed with " + mkfifo.exitValue());
        }
        thread = new Thread(this::read, "frame-reader");
        thread.setDaemon(true);
        thread.start();
    }

    static FrameReader open() throws IOException, InterruptedException {
        return new FrameReader(Files.createTempDirectory("lambda-shim-frames"));
    }

    Path fifo() {
        return fifo;
    }

    private void read() {
        // Opening for reading blocks until the child's shell opens the FIFO for writing.
        try (InputStream raw = new FileInputStream(fifo.toFile());
             DataInputStream in = new DataInputStream(raw)) {
            for (TelemetryFrame frame; (frame = TelemetryFrame.read(in, 64 * 1024 * 1024)) != null; ) {
                synchronized (frames) {
                    frames.add(frame);
                }
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            ended = true;
        }
    }

    List<TelemetryFrame> frames() {
        if (failure != null) {
            throw new AssertionError("reading frames failed", failure);
        }
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /** Waits for a frame whose text contains {@code text}; fails the test with all frames if none comes in 10 s. */
    TelemetryFrame await(String text) throws InterruptedException {
        return await(f -> f.text().contains(text), "a frame containing '" + text + "'");
    }

    TelemetryFrame await(Predicate<TelemetryFrame> test, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (TelemetryFrame frame : frames()) {
                if (test.test(frame)) {
                    return frame;
                }
            }
            if (System.nanoTime() > end || ended && failure == null && frames().stream().noneMatch(test)
                    && !thread.isAlive()) {
                throw new AssertionError("no " + what + " among the frames:\n" + describe());
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the writer side is closed (the runtime exited) and returns every frame. */
    List<TelemetryFrame> awaitEnd() throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(30));
        if (thread.isAlive()) {
            throw new AssertionError("the FIFO was not closed; frames so far:\n" + describe());
        }
        return frames();
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        synchronized (frames) {
            for (TelemetryFrame frame : frames) {
                text.append(frame).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        Files.deleteIfExists(fifo);
        Files.deleteIfExists(dir);
    }
}
