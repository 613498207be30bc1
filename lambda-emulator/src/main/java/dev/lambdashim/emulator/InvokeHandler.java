package dev.lambdashim.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.ExecutionException;

/**
 * Serves {@value #PATH}, the invoke endpoint of AWS's Runtime Interface Emulator: queues the request body
 * as an invocation, waits for it to end and answers {@code 200} with the function's response; on a
 * function error, {@code 200} with the error body and {@code X-Amz-Function-Error: Unhandled}, as the
 * Lambda Invoke API does.
 */
final class InvokeHandler implements HttpHandler {

    /** The path of the endpoint, also its context path. */
    static final String PATH = "/2015-03-31/functions/function/invocations";

    private final InvocationBroker broker;

    InvokeHandler(InvocationBroker broker) {
        this.broker = broker;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getRawPath())) {
                Exchanges.notFound(exchange);
                return;
            }
            byte[] payload = Exchanges.readBody(exchange, Integer.MAX_VALUE);
            InvocationResult result;
            try {
                result = broker.enqueue(Invocation.of(payload)).result().get();
            } catch (IllegalStateException | ExecutionException e) { // the emulator closed
                Exchanges.sendJson(exchange, 500, ErrorBodies.INTERNAL_SERVER_ERROR);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (result.isFunctionError()) {
                exchange.getResponseHeaders().set(RuntimeApiHeaders.AMZ_FUNCTION_ERROR, "Unhandled");
            }
            Exchanges.sendJson(exchange, 200, result.body());
        } finally {
            exchange.close();
        }
    }
}
