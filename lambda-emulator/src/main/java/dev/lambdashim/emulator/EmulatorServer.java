package dev.lambdashim.emulator;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The emulator's Jetty server: HTTP/1.1 on {@code 127.0.0.1}, daemon threads, no idle time-out. */
final class EmulatorServer {

    private static final AtomicInteger SERVERS = new AtomicInteger();
    /**
     * Each blocked {@code /next} holds a thread: a runtime has one or two requests open at a time, N + 1 with
     * {@code AWS_LAMBDA_MAX_CONCURRENCY=N} (lambda:invoke allows N up to 100).
     */
    private static final int MAX_THREADS = 200;

    private final Server server;
    private final ServerConnector connector;

    private EmulatorServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts a server on {@code 127.0.0.1:port} ({@code 0}: an ephemeral port) that sends every request to {@code handler}. */
    static EmulatorServer start(int port, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("lambda-emulator-" + SERVERS.incrementAndGet());
        threads.setDaemon(true); // a test or tool that forgets close() must still be able to exit
        threads.setReservedThreads(0); // no idle threads kept spinning for the selector's own tasks
        Server server = new Server(threads);
        server.setStopTimeout(0);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        // request ids are path segments that may hold %2F and the like: take the path as sent, decode it ourselves
        http.setUriCompliance(UriCompliance.UNSAFE);
        // Lambda takes an X-Ray error cause header of up to 1 MiB (the limit AWS's runtime client and ours apply); a
        // deep stack trace's cause is far beyond Jetty's 8 KiB default.
        http.setRequestHeaderSize(1024 * 1024 + 16 * 1024);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(-1); // /next waits without time limit, as on Lambda
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.setHandler(handler);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("cannot start the emulator on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return new EmulatorServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Closes the connector and every connection and stops the threads, interrupting those still busy. */
    void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the threads are daemons, the port is closed first
        }
    }
}
