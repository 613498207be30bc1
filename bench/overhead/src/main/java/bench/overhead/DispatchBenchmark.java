package bench.overhead;

import dev.lambdashim.runtime.DispatchAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The runtime's own cost per invocation, HTTP excluded: what happens between the {@code /next} answer and the
 * response post (context, JSON in, handler call, JSON out). The handlers do next to nothing themselves.
 */
@State(Scope.Thread)
public class DispatchBenchmark {

    private static final Map<String, String> HEADERS = Map.of(
            "lambda-runtime-aws-request-id", "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
            "lambda-runtime-deadline-ms", "1775738099000",
            "lambda-runtime-invoked-function-arn", "arn:aws:lambda:us-east-1:123456789012:function:bench",
            "lambda-runtime-trace-id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");

    private DispatchAccess apiGateway;
    private DispatchAccess apiGatewayDatabind;
    private DispatchAccess hello;
    private DispatchAccess httpHandler;
    private DispatchAccess httpTyped;
    private byte[] apiGatewayEvent;
    private byte[] helloEvent;
    private byte[] httpApiEvent;

    @Setup
    public void setUp() throws Throwable {
        apiGateway = DispatchAccess.of("bench.ApiGateway", HEADERS);
        hello = DispatchAccess.of("bench.Hello", HEADERS);
        apiGatewayEvent = resource("/apigateway-proxy.json");
        helloEvent = "{\"name\":\"bench\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        apiGatewayDatabind = DispatchAccess.of("bench.ApiGatewayDatabind", HEADERS);
        for (DispatchAccess api : new DispatchAccess[] {apiGateway, apiGatewayDatabind}) {
            api.invoke(apiGatewayEvent);
            if (!api.lastResponse().contains("\"statusCode\":200")) {
                throw new IllegalStateException(api.lastResponse());
            }
        }
        if (!apiGateway.lastResponse().equals(apiGatewayDatabind.lastResponse())) {
            throw new IllegalStateException(apiGateway.lastResponse() + " vs " + apiGatewayDatabind.lastResponse());
        }
        httpHandler = DispatchAccess.of("com.example.Api", HEADERS);
        httpTyped = DispatchAccess.of("bench.HttpApiTyped", HEADERS);
        httpApiEvent = resource("/http-api-hello.json");
        for (DispatchAccess http : new DispatchAccess[] {httpHandler, httpTyped}) {
            http.invoke(httpApiEvent);
            if (!http.lastResponse().contains("Hello, Lambda!")) {
                throw new IllegalStateException(http.lastResponse());
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DispatchBenchmark.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ~2 KB API Gateway proxy event into a record, a record back. */
    @Benchmark
    public int apiGateway2kb() throws Throwable {
        return apiGateway.invoke(apiGatewayEvent);
    }

    /** The same event and response, bound and written by databind (what apiGateway2kb was before issue 24). */
    @Benchmark
    public int apiGateway2kbDatabind() throws Throwable {
        return apiGatewayDatabind.invoke(apiGatewayEvent);
    }

    /** An HTTP API event through the HTTP adapter to the http-api example's HttpHandler, its JSON response back. */
    @Benchmark
    public int httpApiHttpHandler() throws Throwable {
        return httpHandler.invoke(httpApiEvent);
    }

    /** The same event into HttpApiRequest, the same routes as a typed Handler, an HttpApiResponse back. */
    @Benchmark
    public int httpApiTypedHandler() throws Throwable {
        return httpTyped.invoke(httpApiEvent);
    }

    /** A small JSON object into a Map, a String back. */
    @Benchmark
    public int helloWorld() throws Throwable {
        return hello.invoke(helloEvent);
    }
}
