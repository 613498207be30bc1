package dev.lambdashim.maven.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the output of a container (as docker-java frames, which split lines anywhere) or of a host process into the
 * build log line by line, and keeps the last lines for the error message if it fails.
 */
public final class ProcessOutput extends ResultCallback.Adapter<Frame> {

    private static final int KEPT_LINES = 20;

    private final Consumer<String> log;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final Deque<String> last = new ArrayDeque<>();

    public ProcessOutput(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void onNext(Frame frame) {
        accept(frame.getPayload(), frame.getPayload().length);
    }

    synchronized void accept(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                line(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
            } else {
                partial.write(bytes[i]);
            }
        }
    }

    private void line(String text) {
        log.accept(text);
        last.addLast(text);
        if (last.size() > KEPT_LINES) {
            last.removeFirst();
        }
    }

    /** Copies a process's output into the log, line by line, until the process closes it. */
    public void drain(InputStream in) throws IOException {
        try (in) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                accept(buffer, n);
            }
        } finally {
            lastLines(); // a last line without newline still reaches the log
        }
    }

    /** Flushes a last line without newline; returns the last lines seen. */
    public synchronized List<String> lastLines() {
        if (partial.size() > 0) {
            line(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
        return List.copyOf(last);
    }
}
