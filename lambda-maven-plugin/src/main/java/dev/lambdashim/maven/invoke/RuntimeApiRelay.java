package dev.lambdashim.maven.invoke;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Makes the Runtime API emulator (on this host's loopback) reachable from a container on Docker's bridge network,
 * and from nowhere else that matters: a TCP relay bound to the bridge's gateway address only, so the function needs
 * neither the host's network nor its loopback.
 */
final class RuntimeApiRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;

    private RuntimeApiRelay(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "lambda-shim-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on {@code gateway} (an ephemeral port) and forwards each connection to {@code 127.0.0.1:targetPort}. */
    static RuntimeApiRelay start(InetAddress gateway, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(gateway, 0));
        return new RuntimeApiRelay(server, targetPort);
    }

    /** {@code host:port} for AWS_LAMBDA_RUNTIME_API inside the container. */
    String address() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket inbound = server.accept();
                Socket outbound = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                inbound.setTcpNoDelay(true);
                outbound.setTcpNoDelay(true);
                pump(inbound, outbound);
                pump(outbound, inbound);
            } catch (IOException e) {
                // closed, or the emulator is gone: the function sees a refused or dropped connection
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16384];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "lambda-shim-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
