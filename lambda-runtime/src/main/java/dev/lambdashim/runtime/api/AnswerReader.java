package dev.lambdashim.runtime.api;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 answer of the Runtime API off the connection: status line, headers, and a body framed by
 * {@code Content-Length}, chunks, or the end of the connection. Anything that is not HTTP is a
 * {@link MalformedAnswerException}; a connection closed before the first byte of the answer is an
 * {@link EOFException}.
 */
final class AnswerReader {

    private final InputStream in;

    AnswerReader(InputStream in) {
        this.in = in;
    }

    /** The next answer on the connection, body included. */
    HttpResponse read() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new EOFException("the Runtime API closed the connection before answering");
        }
        int status = status(statusLine);
        Map<String, String> headers = readHeaders();
        return new HttpResponse(status, headers, readBody(status, headers));
    }

    /** "HTTP/1.1 200 OK": three digits after the version, then a space or the end of the line. */
    private static int status(String statusLine) throws MalformedAnswerException {
        int space = statusLine.indexOf(' ');
        boolean wellFormed = statusLine.startsWith("HTTP/1.") && space > 0 && statusLine.length() >= space + 4
                && (statusLine.length() == space + 4 || statusLine.charAt(space + 4) == ' ');
        int status = 0;
        for (int i = space + 1; wellFormed && i < space + 4; i++) {
            char c = statusLine.charAt(i);
            wellFormed = c >= '0' && c <= '9';
            status = status * 10 + (c - '0');
        }
        if (!wellFormed || status < 100) {
            throw new MalformedAnswerException("malformed HTTP status line from the Runtime API: '"
                    + printable(statusLine) + "'");
        }
        return status;
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new HashMap<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new MalformedAnswerException("the Runtime API closed the connection inside the headers");
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedAnswerException("malformed header line from the Runtime API: '" + printable(line)
                        + "'");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    private byte[] readBody(int status, Map<String, String> headers) throws IOException {
        if (status / 100 == 1 || status == 204 || status == 304) {
            return new byte[0];
        }
        String transferEncoding = headers.get("transfer-encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked();
        }
        String contentLength = headers.get("content-length");
        if (contentLength == null) {
            return in.readAllBytes(); // no length and not chunked: the body runs to the end of the connection
        }
        long length = parseLength(contentLength, 10, "Content-Length");
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new MalformedAnswerException("the Runtime API sent " + body.length + " of the " + length
                    + " body bytes it announced, then closed the connection");
        }
        return body;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new MalformedAnswerException("the Runtime API closed the connection inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            long size = parseLength((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16,
                    "chunk size");
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers carry nothing the runtime uses
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size || !"".equals(readLine())) {
                throw new MalformedAnswerException("the Runtime API closed the connection inside a chunk");
            }
            body.write(chunk);
        }
    }

    private static long parseLength(String text, int radix, String what) throws MalformedAnswerException {
        long value;
        try {
            value = text.isEmpty() || text.charAt(0) == '-' || text.charAt(0) == '+' ? -1 : Long.parseLong(text, radix);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0 || value > Integer.MAX_VALUE - 8) {
            throw new MalformedAnswerException("malformed " + what + " from the Runtime API: '" + printable(text)
                    + "'");
        }
        return value;
    }

    /** Reads one CRLF- (or LF-) terminated line; {@code null} at end of stream before any byte. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = null;
        byte[] small = new byte[128];
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (n == 0 && line == null) {
                    return null;
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (n == small.length) {
                if (line == null) {
                    line = new ByteArrayOutputStream(256);
                } else if (line.size() > 65536) {
                    throw new MalformedAnswerException("a line of over 64 KB from the Runtime API");
                }
                line.write(small, 0, n);
                n = 0;
            }
            small[n++] = (byte) b;
        }
        if (line != null) {
            line.write(small, 0, n);
            small = line.toByteArray();
            n = small.length;
        }
        if (n > 0 && small[n - 1] == '\r') {
            n--;
        }
        return new String(small, 0, n, StandardCharsets.UTF_8);
    }

    private static String printable(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return shown.replaceAll("[\\p{Cntrl}]", "?");
    }
}
