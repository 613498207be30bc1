package bench.streaming;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.core.StreamHandler;
import dev.lambdashim.core.StreamingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The functions the streaming benchmark invokes; each reads its parameters from the event text. */
public final class Functions {

    private Functions() {
    }

    /**
     * Event {@code "n,gapMs"}: {@code n} chunks of 64 bytes, each starting with {@code System.nanoTime()} taken just
     * before its {@code flush()}, {@code gapMs} apart. CLOCK_MONOTONIC is one clock for every process of the machine,
     * so the driver subtracts it from the emulator's arrival time.
     */
    public static final class Stamped implements StreamingHandler {
        @Override
        public void handle(InputStream event, ResponseStream response, Context context) throws Exception {
            String[] args = new String(event.readAllBytes(), StandardCharsets.UTF_8).split(",");
            int n = Integer.parseInt(args[0]);
            long gapMs = Long.parseLong(args[1]);
            byte[] chunk = new byte[64];
            for (int i = 0; i < n; i++) {
                ByteBuffer.wrap(chunk).putLong(0, System.nanoTime());
                response.write(chunk);
                response.flush();
                Thread.sleep(gapMs);
            }
        }
    }

    /** Three parts of a page, 100 ms apart, each flushed: the streaming way. */
    public static final class ThreeParts implements StreamingHandler {
        @Override
        public void handle(InputStream event, ResponseStream response, Context context) throws Exception {
            for (int part = 1; part <= 3; part++) {
                if (part > 1) {
                    Thread.sleep(100);
                }
                response.write(("<p>part " + part + "</p>").getBytes(StandardCharsets.UTF_8));
                response.flush();
            }
        }
    }

    /** The same three parts, buffered: the caller gets the first byte when the handler returns. */
    public static final class ThreePartsBuffered implements StreamHandler {
        @Override
        public void handle(InputStream event, OutputStream out, Context context) throws Exception {
            for (int part = 1; part <= 3; part++) {
                if (part > 1) {
                    Thread.sleep(100);
                }
                out.write(("<p>part " + part + "</p>").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Event {@code "megabytes"}: that many MiB in 64 KiB writes, as fast as the runtime takes them. */
    public static final class Bulk implements StreamingHandler {
        private final byte[] block = new byte[64 * 1024];

        @Override
        public void handle(InputStream event, ResponseStream response, Context context) throws IOException {
            int megabytes = Integer.parseInt(new String(event.readAllBytes(), StandardCharsets.UTF_8).trim());
            for (int i = 0; i < megabytes * 16; i++) {
                response.write(block);
            }
        }
    }
}
