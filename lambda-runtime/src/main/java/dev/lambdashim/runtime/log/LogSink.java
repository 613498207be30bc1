package dev.lambdashim.runtime.log;

import java.io.IOException;

/** Where encoded records go: telemetry frames ({@link FrameSink}) or plain lines on stdout ({@link LineSink}). */
interface LogSink {

    /**
     * Writes the record in {@code record} (payload after the {@link RecordBuffer#HEADER} free bytes) with one write.
     * Called under {@link LambdaLog}'s lock.
     */
    void write(RecordBuffer record, LogLevel level, LogFormat format, long epochMicros) throws IOException;
}
