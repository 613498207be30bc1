package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.emulator.TelemetryFrame;
import dev.lambdashim.runtime.log.LambdaLog;
import dev.lambdashim.runtime.log.LogFormat;
import dev.lambdashim.runtime.log.LogLevel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** An emulator, a telemetry FIFO and the runtime writing its frames into it: one per test. */
final class FramedRuntime implements AutoCloseable {

    final RuntimeApiEmulator emulator;
    final FrameReader frames;
    final RuntimeProcess runtime;
    /** Before the process started: no frame may be older. */
    final long startedMicros;

    private FramedRuntime(RuntimeApiEmulator emulator, FrameReader frames, RuntimeProcess runtime, long started) {
        this.emulator = emulator;
        this.frames = frames;
        this.runtime = runtime;
        this.startedMicros = started;
    }

    static FramedRuntime start(String handler, Consumer<RuntimeProcess.Builder> configure) throws Exception {
        RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
        FrameReader reader = FrameReader.open();
        long started = LambdaLog.nowMicros();
        RuntimeProcess.Builder builder = RuntimeProcess.builder().emulator(emulator).handler(handler);
        configure.accept(builder);
        return new FramedRuntime(emulator, reader, builder.startWithTelemetryFifo(reader.fifo()), started);
    }

    static FramedRuntime start(String handler) throws Exception {
        return start(handler, b -> { });
    }

    /**
     * Checks the header of a frame: magic, reserved bits, timestamp flag and range, format and length. The level
     * must be a real one: the runtime never writes UNDEFINED.
     */
    /** The frame's level as the runtime's enum. */
    static LogLevel level(TelemetryFrame frame) {
        return LogLevel.values()[frame.level()];
    }

    void assertWellFormed(TelemetryFrame frame, LogFormat format) {
        assertEquals(0xa55a, frame.magic(), frame::toString);
        assertEquals(0, frame.reservedBits(), frame::toString);
        assertTrue(frame.hasTimestamp(), frame::toString);
        assertEquals(format.ordinal(), frame.format(), frame::toString);
        assertEquals(frame.payload().length, frame.length(), frame::toString);
        assertTrue(frame.level() >= LogLevel.TRACE.ordinal() && frame.level() <= LogLevel.FATAL.ordinal(),
                frame::toString);
        long now = LambdaLog.nowMicros();
        assertTrue(frame.timestampMicros() >= startedMicros && frame.timestampMicros() <= now,
                () -> "timestamp " + frame.timestampMicros() + " not within [" + startedMicros + ", " + now + "]: "
                        + frame);
    }

    /** The TEXT prefix's timestamp as the header's microseconds make it: UTC, milliseconds. */
    static String isoMillis(long micros) {
        Instant at = Instant.ofEpochSecond(0, micros * 1000).truncatedTo(ChronoUnit.MILLIS);
        String text = at.toString();
        // Instant.toString leaves out zero milliseconds; the log never does.
        return text.length() == 20 ? text.substring(0, 19) + ".000Z" : text;
    }

    @Override
    public void close() throws Exception {
        try {
            runtime.close();
        } finally {
            try {
                frames.close();
            } finally {
                emulator.close();
            }
        }
    }
}
