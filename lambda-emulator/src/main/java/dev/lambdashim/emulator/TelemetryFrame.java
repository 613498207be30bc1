package dev.lambdashim.emulator;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One frame of Lambda's telemetry log pipe ({@code _LAMBDA_TELEMETRY_LOG_FD}), as a runtime writes it and Lambda's
 * log agent reads it: a 16-byte big-endian header (uint32 type {@code 0xa55a0000 | level << 2 | 1 << 1 | format},
 * uint32 payload length, uint64 timestamp in microseconds), then the payload. Read here for whoever stands in for
 * that agent: {@code lambda:invoke}, and the runtime's tests.
 *
 * @param type the header's first 32 bits
 * @param length the header's payload length
 * @param timestampMicros the header's timestamp
 * @param payload the bytes that followed
 */
public record TelemetryFrame(int type, int length, long timestampMicros, byte[] payload) {

    /** The high 16 bits of a log frame's type. */
    public static final int MAGIC = 0xa55a;

    /**
     * Reads the next frame.
     *
     * @param maxPayload the largest payload length believed; a larger one is an {@code IOException}
     * @return the frame, or {@code null} when the pipe ended before a new frame began
     */
    public static TelemetryFrame read(DataInputStream in, int maxPayload) throws IOException {
        int type;
        try {
            type = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        int length = in.readInt();
        long timestamp = in.readLong();
        if (length < 0 || length > maxPayload) {
            throw new IOException(String.format("implausible telemetry frame length %d (type %08x)", length, type));
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new TelemetryFrame(type, length, timestamp, payload);
    }

    /** Whether the type carries the log frame's magic number. */
    public boolean isLogFrame() {
        return magic() == MAGIC;
    }

    public int magic() {
        return type >>> 16;
    }

    /** The level: 0 TRACE to 5 FATAL (bits 2 to 4). */
    public int level() {
        return (type >>> 2) & 0x7;
    }

    public boolean hasTimestamp() {
        return (type & 0b10) != 0;
    }

    /** 0 JSON, 1 TEXT. */
    public int format() {
        return type & 1;
    }

    /** Bits that the format leaves at zero. */
    public int reservedBits() {
        return type & 0xffe0;
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return String.format("TelemetryFrame[type=%08x, length=%d, ts=%d, payload=%s]", type, length, timestampMicros,
                text());
    }
}
