package dev.lambdashim.runtime;

import dev.lambdashim.runtime.log.LogLevel;
import java.nio.charset.StandardCharsets;

/**
 * One telemetry frame as read back from the pipe.
 *
 * @param type the header's first 32 bits
 * @param length the header's payload length
 * @param timestampMicros the header's timestamp
 * @param payload the bytes that followed
 */
record Frame(int type, int length, long timestampMicros, byte[] payload) {

    int magic() {
        return type >>> 16;
    }

    /** {@code LogLevel} ordinal: bits 2 to 4. */
    int level() {
        return (type >>> 2) & 0x7;
    }

    LogLevel logLevel() {
        return LogLevel.values()[level()];
    }

    boolean hasTimestamp() {
        return (type & 0b10) != 0;
    }

    /** 0 JSON, 1 TEXT. */
    int format() {
        return type & 1;
    }

    /** Bits that the format leaves at zero. */
    int reservedBits() {
        return type & 0xffe0;
    }

    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return String.format("Frame[type=%08x, length=%d, ts=%d, payload=%s]", type, length, timestampMicros, text());
    }
}
