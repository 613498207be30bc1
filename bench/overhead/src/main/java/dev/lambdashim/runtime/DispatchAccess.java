package dev.lambdashim.runtime;

import dev.lambdashim.runtime.api.HttpResponse;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.handler.HandlerName;
import dev.lambdashim.runtime.handler.HandlerResolver;
import dev.lambdashim.runtime.invocation.BufferedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The benchmark's way into the runtime (in the runtime's package, on the benchmark's classpath only: nothing of it
 * ships): the handler resolved as at start-up and called as the invoke loop calls it, without HTTP. The context made
 * from the {@code /next} headers, the event read from JSON, the handler, the result written into the response buffer.
 */
public final class DispatchAccess {

    private final FunctionInvoker invoker;
    private final RuntimeEnvironment environment;
    private final Map<String, String> headers;
    private final BufferedResponse response = new BufferedResponse();

    private DispatchAccess(FunctionInvoker invoker, RuntimeEnvironment environment, Map<String, String> headers) {
        this.invoker = invoker;
        this.environment = environment;
        this.headers = Map.copyOf(headers);
    }

    /** The handler named {@code handler}, resolved as at start-up. */
    public static DispatchAccess of(String handler, Map<String, String> nextHeaders) throws Exception {
        RuntimeEnvironment environment = RuntimeEnvironment.from(Map.of("_HANDLER", handler,
                "AWS_LAMBDA_FUNCTION_NAME", "bench", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"));
        FunctionInvoker invoker = new HandlerResolver(DispatchAccess.class.getClassLoader())
                .resolve(HandlerName.parse(handler));
        return new DispatchAccess(invoker, environment, nextHeaders);
    }

    /** Dispatches one event; returns the response's size in bytes. */
    public int invoke(byte[] event) throws Throwable {
        HttpResponse next = new HttpResponse(200, headers, event);
        LambdaContext context = new LambdaContext(headers.get("lambda-runtime-aws-request-id"), next, environment);
        response.recycle();
        invoker.invoke(next.body(), context, response);
        return response.size();
    }

    /** The last response, as UTF-8 text. */
    public String lastResponse() {
        return new String(response.array(), 0, response.size(), StandardCharsets.UTF_8);
    }
}
