package dev.lambdashim.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client for the Lambda Runtime API over one kept-alive plain socket.
 *
 * <p>Why not a JDK client, measured side by side ({@code bench/httpclient}, README "The HTTP client, alone"): this
 * client starts as fast as a bare socket, {@code HttpURLConnection} adds 30-45 ms to a cold start (more classes) and
 * {@code java.net.http.HttpClient} 0.35-0.55 s (its TLS context and ~1,400 more classes). Warm, a buffered
 * {@code HttpURLConnection} is as fast; in fixed-length streaming mode it loses ~1.3 ms per invocation to a 1 ms
 * liveness probe before each POST. The Runtime API is plain HTTP on a local address with a handful of fixed requests,
 * so a socket with TCP_NODELAY, one write per request and no read timeout (the process is frozen between invokes) is
 * the smallest choice and the fastest to start.
 *
 * <p>Not thread-safe: only the invoke loop uses it.
 */
final class RuntimeApiClient implements Closeable {

    static final String API_VERSION = "2018-06-01";
    private static final String USER_AGENT = "lambda-shim/" + RuntimeApiClient.class.getPackage().getImplementationVersion();
    private static final byte[] CRLF = {'\r', '\n'};

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * @param runtimeApi the value of {@code AWS_LAMBDA_RUNTIME_API}: {@code host:port}
     * @throws IllegalArgumentException when it is not of the form {@code host:port}
     */
    RuntimeApiClient(String runtimeApi) {
        int colon = runtimeApi.lastIndexOf(':');
        if (colon <= 0 || colon == runtimeApi.length() - 1) {
            throw new IllegalArgumentException("AWS_LAMBDA_RUNTIME_API is '" + runtimeApi
                    + "', expected host:port such as 127.0.0.1:9001");
        }
        String h = runtimeApi.substring(0, colon);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        try {
            this.port = Integer.parseInt(runtimeApi.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("AWS_LAMBDA_RUNTIME_API is '" + runtimeApi
                    + "': the port is not a number; expected host:port such as 127.0.0.1:9001");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("AWS_LAMBDA_RUNTIME_API is '" + runtimeApi + "': port out of range");
        }
        this.host = h;
        this.hostHeader = runtimeApi;
    }

    /** {@code GET /runtime/invocation/next}: blocks for as long as Lambda keeps the process frozen. */
    HttpResponse next() throws IOException {
        return exchange("GET", "/" + API_VERSION + "/runtime/invocation/next", null, null, null, null, 0, 0);
    }

    HttpResponse postResponse(String requestId, byte[] body, int length) throws IOException {
        return exchange("POST", invocationPath(requestId, "/response"), "application/json", null, null, body, 0,
                length);
    }

    HttpResponse postError(String requestId, ErrorResponse error) throws IOException {
        return postError(requestId, error, null);
    }

    /** @param xrayCause the {@link XRayErrorCause} header, ASCII JSON, or {@code null} to send none */
    HttpResponse postError(String requestId, ErrorResponse error, String xrayCause) throws IOException {
        byte[] body = error.toJson();
        return exchange("POST", invocationPath(requestId, "/error"), ErrorResponse.CONTENT_TYPE,
                error.headerType(), xrayCause, body, 0, body.length);
    }

    HttpResponse postInitError(ErrorResponse error) throws IOException {
        byte[] body = error.toJson();
        return exchange("POST", "/" + API_VERSION + "/runtime/init/error", ErrorResponse.CONTENT_TYPE,
                error.headerType(), null, body, 0, body.length);
    }

    private static String invocationPath(String requestId, String suffix) {
        return "/" + API_VERSION + "/runtime/invocation/" + encodePathSegment(requestId) + suffix;
    }

    private HttpResponse exchange(String method, String path, String contentType, String errorType,
            String xrayCause, byte[] body, int offset, int length) throws IOException {
        boolean reused = socket != null;
        try {
            return exchangeOnce(method, path, contentType, errorType, xrayCause, body, offset, length);
        } catch (IOException e) {
            close();
            if (!reused || e instanceof java.net.ConnectException) {
                throw e;
            }
            // A kept-alive connection that the server closed while we were idle: one fresh attempt.
            return exchangeOnce(method, path, contentType, errorType, xrayCause, body, offset, length);
        }
    }

    private HttpResponse exchangeOnce(String method, String path, String contentType, String errorType,
            String xrayCause, byte[] body, int offset, int length) throws IOException {
        if (socket == null) {
            connect();
        }
        StringBuilder head = new StringBuilder(160)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(length).append("\r\n");
        }
        if (errorType != null) {
            head.append("Lambda-Runtime-Function-Error-Type: ").append(errorType).append("\r\n");
        }
        if (xrayCause != null) {
            head.append(XRayErrorCause.HEADER).append(": ").append(xrayCause).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body, offset, length);
        }
        out.flush();
        return readResponse();
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port));
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 8192);
        // Large enough that the headers and a typical body leave in one segment; bigger bodies are written through.
        out = new BufferedOutputStream(s.getOutputStream(), 16384);
    }

    private HttpResponse readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new EOFException("the Runtime API closed the connection before answering");
        }
        // "HTTP/1.1 200 OK"
        int firstSpace = statusLine.indexOf(' ');
        if (!statusLine.startsWith("HTTP/") || firstSpace < 0 || statusLine.length() < firstSpace + 4) {
            throw new IOException("malformed HTTP status line from the Runtime API: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
        } catch (NumberFormatException e) {
            throw new IOException("malformed HTTP status line from the Runtime API: " + statusLine, e);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        byte[] body = readBody(headers);
        String connection = headers.get("connection");
        if (connection != null && connection.equalsIgnoreCase("close")) {
            close();
        }
        return new HttpResponse(status, headers, body);
    }

    private byte[] readBody(Map<String, String> headers) throws IOException {
        String transferEncoding = headers.get("transfer-encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked();
        }
        String contentLength = headers.get("content-length");
        if (contentLength == null) {
            // No length and not chunked: the body runs to the end of the connection.
            byte[] rest = in.readAllBytes();
            close();
            return rest;
        }
        long length;
        try {
            length = Long.parseLong(contentLength);
        } catch (NumberFormatException e) {
            throw new IOException("malformed Content-Length from the Runtime API: " + contentLength, e);
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("unsupported Content-Length from the Runtime API: " + contentLength);
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new EOFException("the Runtime API sent " + body.length + " of " + length + " body bytes");
        }
        return body;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("the Runtime API closed the connection inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers carry nothing the runtime uses
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("the Runtime API closed the connection inside a chunk");
            }
            body.write(chunk);
            readLine();
        }
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

    /** Percent-encodes everything but RFC 3986 unreserved characters; request ids are normally left untouched. */
    static String encodePathSegment(String segment) {
        boolean plain = true;
        for (int i = 0; i < segment.length() && plain; i++) {
            plain = isUnreserved(segment.charAt(i));
        }
        if (plain) {
            return segment;
        }
        StringBuilder encoded = new StringBuilder(segment.length() * 3);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // nothing to recover: the next exchange opens a new connection
            }
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
