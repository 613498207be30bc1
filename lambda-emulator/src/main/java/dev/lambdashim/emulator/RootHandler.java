package dev.lambdashim.emulator;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's entry point: sends each request to the Runtime API or the invoke endpoint (anything else gets
 * {@code 404}) and handles it blocking on the server thread, counted in {@link ActiveExchanges}.
 */
final class RootHandler extends Handler.Abstract {

    private final RuntimeApiHandler runtimeApi;
    private final InvokeHandler invoke;
    private final ActiveExchanges active;

    RootHandler(RuntimeApiHandler runtimeApi, InvokeHandler invoke, ActiveExchanges active) {
        // blocking handlers: Jetty must call them on a pool thread, never on its selector thread
        super(InvocationType.BLOCKING);
        this.runtimeApi = runtimeApi;
        this.invoke = invoke;
        this.active = active;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        active.enter();
        try {
            Exchange exchange = new Exchange(request, response, active);
            String path = exchange.rawPath();
            if (path.startsWith(RuntimeApiHandler.PREFIX)) {
                runtimeApi.handle(exchange);
            } else if (path.equals(InvokeHandler.PATH)) {
                invoke.handle(exchange);
            } else {
                exchange.notFound();
            }
            callback.succeeded();
        } catch (Throwable failure) { // the connection failed or was closed on purpose: Jetty ends it
            callback.failed(failure);
        } finally {
            active.exit();
        }
        return true;
    }
}
