package dev.lambdashim.runtime.http;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The context an exchange reports behind a Lambda front door: the path {@code /}, the function's handler, no server
 * (there is none: {@link #getServer()} is {@code null}). Filters and authenticators set here are not applied: the
 * front door (API Gateway's authorizers, IAM) authenticates.
 */
final class LambdaHttpContext extends HttpContext {

    private final Map<String, Object> attributes = new HashMap<>();
    private final List<Filter> filters = new ArrayList<>();
    private HttpHandler handler;
    private Authenticator authenticator;

    LambdaHttpContext(HttpHandler handler) {
        this.handler = handler;
    }

    @Override
    public HttpHandler getHandler() {
        return handler;
    }

    @Override
    public void setHandler(HttpHandler handler) {
        this.handler = handler;
    }

    @Override
    public String getPath() {
        return "/";
    }

    @Override
    public HttpServer getServer() {
        return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public List<Filter> getFilters() {
        return filters;
    }

    @Override
    public Authenticator setAuthenticator(Authenticator auth) {
        Authenticator previous = authenticator;
        authenticator = auth;
        return previous;
    }

    @Override
    public Authenticator getAuthenticator() {
        return authenticator;
    }
}
