package dev.lambdashim.runtime.log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Records as plain lines on the process's real stdout (descriptor 1, not {@code System.out}, which the runtime
 * replaces): what Lambda gets without a telemetry descriptor, and what a local run shows.
 */
final class LineSink implements LogSink {

    private final OutputStream out;

    LineSink(OutputStream out) {
        this.out = out;
    }

    static LineSink stdout() {
        return new LineSink(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(RecordBuffer record, LogLevel level, LogFormat format, long epochMicros) throws IOException {
        record.write('\n');
        out.write(record.array(), RecordBuffer.HEADER, record.payloadLength());
    }
}
