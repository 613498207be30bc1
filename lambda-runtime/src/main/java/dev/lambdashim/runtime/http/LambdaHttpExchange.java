package dev.lambdashim.runtime.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import dev.lambdashim.core.ResponseStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request from API Gateway, a Function URL or an ALB, as an {@code HttpExchange}: what an
 * {@code HttpHandler} gets from the JDK's {@code HttpServer}, so the same class runs on both. The event and the
 * {@code Context} are the attributes {@value #EVENT_ATTRIBUTE} and {@value #CONTEXT_ATTRIBUTE}.
 */
final class LambdaHttpExchange extends HttpExchange {

    static final String EVENT_ATTRIBUTE = "lambda.event";
    static final String CONTEXT_ATTRIBUTE = "lambda.context";

    private final HttpRequestEvent request;
    private final HttpContext httpContext;
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private final ResponseStream streamed;
    private final HttpResponseBody body;
    private InputStream requestBody;
    private OutputStream responseBody;
    private int responseCode = -1;

    /** @param streamed the streamed response, or {@code null} to buffer the body for a JSON response */
    LambdaHttpExchange(HttpRequestEvent request, HttpContext httpContext, ResponseStream streamed) {
        this.request = request;
        this.httpContext = httpContext;
        this.streamed = streamed;
        this.body = new HttpResponseBody(streamed);
        this.requestBody = new ByteArrayInputStream(request.body());
        this.responseBody = body;
    }

    @Override
    public Headers getRequestHeaders() {
        return request.headers();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return request.uri();
    }

    @Override
    public String getRequestMethod() {
        return request.method();
    }

    @Override
    public HttpContext getHttpContext() {
        return httpContext;
    }

    @Override
    public void close() {
        try {
            requestBody.close();
            responseBody.close();
        } catch (IOException e) {
            // nothing is left open that could fail to close: the request is in memory, the response ends later
        }
    }

    @Override
    public InputStream getRequestBody() {
        return requestBody;
    }

    @Override
    public OutputStream getResponseBody() {
        return responseBody;
    }

    /**
     * Sets the status and fixes the headers, as on the JDK's server: -1 means no body, 0 a body of any length,
     * {@code n} exactly {@code n} bytes. In streaming mode this starts the streamed HTTP response.
     */
    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        if (responseCode != -1) {
            throw new IOException("headers already sent");
        }
        if (rCode < 100 || rCode > 599) {
            throw new IllegalArgumentException("status code out of range: " + rCode);
        }
        responseCode = rCode;
        body.open(responseLength);
        if (streamed != null) {
            streamed.startHttpResponse(rCode, joinedHeaders(), cookies());
        }
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return request.remote();
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return request.local();
    }

    @Override
    public String getProtocol() {
        return request.protocol();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            requestBody = i;
        }
        if (o != null) {
            responseBody = o;
        }
    }

    /** No principal: the front door authenticates; its result is in the event's {@code requestContext}. */
    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    boolean responseStarted() {
        return responseCode != -1;
    }

    HttpFrontDoor door() {
        return request.door();
    }

    byte[] bufferedBody() {
        return body.bytes();
    }

    /** Every header but {@code Set-Cookie}, its values joined with commas (one value per name). */
    Map<String, String> joinedHeaders() {
        Map<String, String> joined = new LinkedHashMap<>();
        responseHeaders.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Set-Cookie") && !values.isEmpty()) {
                joined.put(name, String.join(", ", values));
            }
        });
        return joined;
    }

    /** The {@code Set-Cookie} values, in order. */
    List<String> cookies() {
        List<String> cookies = new ArrayList<>();
        responseHeaders.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Set-Cookie")) {
                cookies.addAll(values);
            }
        });
        return cookies;
    }
}
