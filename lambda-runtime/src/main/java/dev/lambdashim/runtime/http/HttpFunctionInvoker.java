package dev.lambdashim.runtime.http;

import com.sun.net.httpserver.HttpHandler;
import dev.lambdashim.core.Context;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.InvocationFailure;
import dev.lambdashim.runtime.invocation.ResponseSink;
import java.io.IOException;
import java.util.Map;

/**
 * Calls a JDK {@code HttpHandler} behind API Gateway (REST v1, HTTP API v2), a Function URL or an ALB: the event's
 * shape says which front door sent it, the request becomes an {@code HttpExchange}, and the handler's response goes
 * back in that front door's JSON shape, or streamed as an HTTP response in streaming mode. Loaded only for such a
 * handler: other functions load none of these classes (nor {@code com.sun.net.httpserver}).
 */
public final class HttpFunctionInvoker implements FunctionInvoker {

    private final HttpHandler handler;
    private final LambdaHttpContext httpContext;
    private final boolean streaming;

    private HttpFunctionInvoker(HttpHandler handler, boolean streaming) {
        this.handler = handler;
        this.httpContext = new LambdaHttpContext(handler);
        this.streaming = streaming;
    }

    /** @param handler an instance of {@code HttpHandler} (typed {@code Object} so the resolver never names it) */
    public static FunctionInvoker of(Object handler, boolean streaming) {
        return new HttpFunctionInvoker((HttpHandler) handler, streaming);
    }

    @Override
    public void invoke(byte[] event, Context context, ResponseSink response) throws Throwable {
        Object tree;
        try {
            tree = JsonTree.read(event);
        } catch (IOException e) {
            throw new InvocationFailure("MalformedEvent", "the event is not valid JSON: " + e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = tree instanceof Map ? (Map<String, Object>) tree : Map.of();
        HttpFrontDoor door = HttpFrontDoor.of(fields);
        if (door == null) {
            throw new InvocationFailure("UnsupportedEvent", "the handler is an HttpHandler, and the event is not an"
                    + " HTTP request from API Gateway (REST or HTTP API), a Function URL or an ALB; its fields: "
                    + fields.keySet(), null);
        }
        LambdaHttpExchange exchange = new LambdaHttpExchange(HttpRequestEvent.of(door, fields), httpContext,
                streaming ? response : null);
        exchange.setAttribute(LambdaHttpExchange.EVENT_ATTRIBUTE, fields);
        exchange.setAttribute(LambdaHttpExchange.CONTEXT_ATTRIBUTE, context);
        handler.handle(exchange);
        if (!exchange.responseStarted()) {
            throw new InvocationFailure("NoHttpResponse", "the HttpHandler returned without calling"
                    + " sendResponseHeaders, so there is no status to answer with", null);
        }
        if (!streaming) {
            HttpResponseWriter.write(exchange, response);
        }
    }

    @Override
    public boolean streams() {
        return streaming;
    }
}
