package dev.lambdashim.runtime.api;

import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.error.XRayErrorCause;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An HTTP/1.1 client for the Lambda Runtime API over one kept-alive plain socket.
 *
 * <p>Why not a JDK client, measured side by side ({@code bench/httpclient}, README "The HTTP client, alone"): this
 * client starts as fast as a bare socket, {@code HttpURLConnection} adds 30-45 ms to a cold start (more classes) and
 * {@code java.net.http.HttpClient} 0.35-0.55 s (its TLS context and ~1,400 more classes). Warm, a buffered
 * {@code HttpURLConnection} is as fast; in fixed-length streaming mode it loses ~1.3 ms per invocation to a 1 ms
 * liveness probe before each POST. The Runtime API is plain HTTP on a local address with a handful of fixed requests,
 * so a socket with TCP_NODELAY, one write per request and no read timeout (the process is frozen between invokes) is
 * the smallest choice and the fastest to start. This client probes only a connection idle for over a second.
 *
 * <p>A request is sent again only when it provably never reached the server: a {@code GET /next} (it has no body),
 * or a POST whose connection failed before its first byte was written. A POST body is never sent twice.
 *
 * <p>Not thread-safe: only the invoke loop uses it.
 */
public final class RuntimeApiClient implements Closeable {

    public static final String API_VERSION = "2018-06-01";
    /** From the runtime jar's manifest ({@code Implementation-Version}); "unknown" when run from a classes folder. */
    static final String USER_AGENT = "lambda-shim/" + version();
    /** A connection idle for longer is checked before a POST: the server may have closed it meanwhile. */
    private static final long PROBE_AFTER_IDLE_NANOS = 1_000_000_000L;

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long idleSince;
    /** The streamed responses' buffer: one invocation at a time uses this client, so one buffer serves them all. */
    private byte[] streamBuffer;

    /**
     * @param runtimeApi the value of {@code AWS_LAMBDA_RUNTIME_API}: {@code host:port}
     * @throws IllegalArgumentException when it is not of the form {@code host:port}
     */
    public RuntimeApiClient(String runtimeApi) {
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

    private static String version() {
        String version = RuntimeApiClient.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /** {@code GET /runtime/invocation/next}: blocks for as long as Lambda keeps the process frozen. */
    public HttpResponse next() throws IOException {
        return exchange(ApiRequest.get("/" + API_VERSION + "/runtime/invocation/next"));
    }

    public HttpResponse postResponse(String requestId, byte[] body, int length) throws IOException {
        return exchange(ApiRequest.post(invocationPath(requestId, "/response"), "application/json", body, length));
    }

    /** @param xrayCause the {@link XRayErrorCause} header, ASCII JSON, or {@code null} to send none */
    public HttpResponse postError(String requestId, ErrorResponse error, String xrayCause) throws IOException {
        byte[] body = error.toJson();
        return exchange(ApiRequest.post(invocationPath(requestId, "/error"), ErrorResponse.CONTENT_TYPE, body,
                body.length).withHeader(ErrorResponse.ERROR_TYPE_HEADER, error.headerType())
                .withHeader(XRayErrorCause.HEADER, xrayCause));
    }

    public HttpResponse postInitError(ErrorResponse error) throws IOException {
        byte[] body = error.toJson();
        return exchange(ApiRequest.post("/" + API_VERSION + "/runtime/init/error", ErrorResponse.CONTENT_TYPE, body,
                body.length).withHeader(ErrorResponse.ERROR_TYPE_HEADER, error.headerType()));
    }

    /** A streamed response for the request, sent as the handler flushes; nothing leaves before its first chunk. */
    public StreamedResponse streamedResponse(String requestId) {
        if (streamBuffer == null) {
            streamBuffer = new byte[StreamedResponse.BUFFER_SIZE]; // once per loop, and only for a streaming handler
        }
        return new StreamedResponse(this, invocationPath(requestId, "/response"), streamBuffer);
    }

    static String invocationPath(String requestId, String suffix) {
        return "/" + API_VERSION + "/runtime/invocation/" + PathSegment.encode(requestId) + suffix;
    }

    /** Sends the request and reads the answer, on the kept-alive connection when it is still open. */
    HttpResponse exchange(ApiRequest request) throws IOException {
        boolean reused = prepareConnection(request);
        try {
            writeHead(request, false);
            if (request.body() != null) {
                out.write(request.body(), 0, request.length());
            }
            out.flush();
            return readAnswer();
        } catch (MalformedAnswerException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            if (!reused || request.isPost()) {
                throw e; // a POST may have reached the server: never sent twice
            }
            // A kept-alive connection that the server closed while we were idle: one fresh attempt of the GET.
            prepareConnection(request);
            writeHead(request, false);
            out.flush();
            return readAnswer();
        }
    }

    /** Opens a request whose body follows in chunks ({@link ChunkedBody}); never sent twice. */
    ChunkedBody startChunked(ApiRequest head) throws IOException {
        prepareConnection(head);
        try {
            writeHead(head, true);
            return new ChunkedBody(this, out);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The answer to a request sent in full; the connection is closed when it cannot be reused. */
    HttpResponse readAnswer() throws IOException {
        try {
            HttpResponse answer = new AnswerReader(in).read();
            String connection = answer.header("connection");
            if (connection != null && connection.equalsIgnoreCase("close")) {
                close();
            }
            idleSince = System.nanoTime();
            return answer;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Connects if needed; a POST on a connection idle for a while first checks the server has not closed it. */
    private boolean prepareConnection(ApiRequest request) throws IOException {
        if (socket != null && request.isPost() && System.nanoTime() - idleSince > PROBE_AFTER_IDLE_NANOS
                && !stillOpen()) {
            close();
        }
        if (socket != null) {
            return true;
        }
        connect();
        return false;
    }

    /** Whether the server kept the idle connection: a read that times out means open; end of stream, closed. */
    private boolean stillOpen() {
        try {
            socket.setSoTimeout(1);
            try {
                in.read(); // end of stream: closed; an unasked-for byte: out of step. Either way, not usable.
                return false;
            } finally {
                socket.setSoTimeout(0);
            }
        } catch (SocketTimeoutException alive) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void writeHead(ApiRequest request, boolean chunked) throws IOException {
        StringBuilder head = new StringBuilder(200)
                .append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n");
        List<String> headers = request.headers();
        for (int i = 0; i < headers.size(); i += 2) {
            head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (request.body() != null) {
            head.append("Content-Length: ").append(request.length()).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
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
