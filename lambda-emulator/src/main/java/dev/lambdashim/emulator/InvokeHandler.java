package dev.lambdashim.emulator;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

/**
 * Serves {@value #PATH}, the invoke endpoint of AWS's Runtime Interface Emulator: queues the request body
 * as an invocation, waits for it to end and answers {@code 200} with the function's response; on a
 * function error, {@code 200} with the error body and {@code X-Amz-Function-Error: Unhandled}, as the
 * Lambda Invoke API does.
 */
final class InvokeHandler {

    /** The path of the endpoint. */
    static final String PATH = "/2015-03-31/functions/function/invocations";

    private final InvocationBroker broker;

    InvokeHandler(InvocationBroker broker) {
        this.broker = broker;
    }

    void handle(Exchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            exchange.notFound();
            return;
        }
        byte[] payload = exchange.readBody(Integer.MAX_VALUE);
        InvocationResult result;
        try {
            result = broker.enqueue(Invocation.of(payload), null).result().get();
        } catch (IllegalStateException | ExecutionException e) { // the emulator closed
            exchange.sendJson(500, ErrorBodies.INTERNAL_SERVER_ERROR);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (result.isFunctionError()) {
            exchange.setHeader(RuntimeApiHeaders.AMZ_FUNCTION_ERROR, "Unhandled");
        }
        exchange.sendJson(200, result.body());
    }
}
