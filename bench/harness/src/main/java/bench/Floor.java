package bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The floor of any Java runtime for Lambda: a JVM that does nothing but one {@code GET /next} and one
 * {@code POST /response} over a plain socket (java.base only, no JSON, no handler), then waits to be killed.
 * Run on the same jlinked runtime with the same flags as lambda-shim, it is the cold start nothing written in Java
 * on that runtime can beat.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        String api = System.getenv("AWS_LAMBDA_RUNTIME_API");
        int colon = api.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(api.substring(0, colon), Integer.parseInt(api.substring(colon + 1))));
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: " + api + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String head = readHead(in);
            String id = header(head, "lambda-runtime-aws-request-id");
            int length = Integer.parseInt(header(head, "content-length"));
            in.readNBytes(length);
            byte[] body = "\"Hello, World!\"".getBytes(StandardCharsets.UTF_8);
            out.write(("POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: " + api
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            readHead(in);
            Thread.sleep(60_000);
        }
    }

    static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException();
            }
            head.append((char) b);
        }
        return head.toString();
    }

    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "0";
    }
}
