package dev.lambdashim.runtime.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The body of a request sent in HTTP/1.1 chunks, each on the wire as soon as it is written, then its trailers. */
final class ChunkedBody {

    private static final byte[] CRLF = {'\r', '\n'};

    private final RuntimeApiClient client;
    private final OutputStream out;

    ChunkedBody(RuntimeApiClient client, OutputStream out) {
        this.client = client;
        this.out = out;
    }

    /** Sends one chunk now; an empty one is skipped, as a zero-length chunk would end the body. */
    void write(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        try {
            out.write(Integer.toHexString(length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(CRLF);
            out.write(bytes, offset, length);
            out.write(CRLF);
            out.flush();
        } catch (IOException e) {
            client.close();
            throw e;
        }
    }

    /**
     * Ends the body with the trailers (name and value pairs) and reads the answer.
     */
    HttpResponse finish(List<String> trailers) throws IOException {
        StringBuilder end = new StringBuilder("0\r\n");
        for (int i = 0; i < trailers.size(); i += 2) {
            end.append(trailers.get(i)).append(": ").append(trailers.get(i + 1)).append("\r\n");
        }
        end.append("\r\n");
        try {
            out.write(end.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            client.close();
            throw e;
        }
        return client.readAnswer();
    }
}
