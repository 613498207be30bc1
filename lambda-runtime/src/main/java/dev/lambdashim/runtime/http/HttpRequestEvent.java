package dev.lambdashim.runtime.http;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The HTTP request inside an API Gateway, Function URL or ALB event, as an {@code HttpExchange} presents it: method,
 * URI with the raw query (repeated keys kept), multi-value headers, cookies as a {@code Cookie} header, the decoded
 * body and the caller's address.
 */
record HttpRequestEvent(HttpFrontDoor door, String method, URI uri, String protocol, Headers headers, byte[] body,
        InetSocketAddress remote, InetSocketAddress local) {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static HttpRequestEvent of(HttpFrontDoor door, Map<String, Object> event) {
        Map<String, Object> context = map(event.get("requestContext"));
        Headers headers = new Headers();
        String method;
        String path;
        String query;
        String protocol;
        String sourceIp;
        switch (door) {
            case HTTP_API_V2: {
                Map<String, Object> http = map(context.get("http"));
                method = string(http.get("method"));
                path = string(event.get("rawPath"));
                query = string(event.get("rawQueryString"));
                protocol = string(http.get("protocol"));
                sourceIp = string(http.get("sourceIp"));
                // Several values of a header arrive joined with commas: kept as one value, as they may hold commas.
                map(event.get("headers")).forEach((name, value) -> headers.add(name, string(value)));
                List<Object> cookies = list(event.get("cookies"));
                if (!cookies.isEmpty()) {
                    StringBuilder cookie = new StringBuilder();
                    for (Object c : cookies) {
                        cookie.append(cookie.length() == 0 ? "" : "; ").append(string(c));
                    }
                    headers.set("Cookie", cookie.toString());
                }
                break;
            }
            case API_GATEWAY_V1: {
                method = string(event.get("httpMethod"));
                path = string(event.get("path"));
                // API Gateway decodes query parameters: encoded again for the raw query.
                query = query(event, true);
                protocol = string(context.get("protocol"));
                sourceIp = string(map(context.get("identity")).get("sourceIp"));
                addHeaders(event, headers);
                break;
            }
            default: {
                method = string(event.get("httpMethod"));
                path = string(event.get("path"));
                // The ALB passes query parameters as the client encoded them.
                query = query(event, false);
                protocol = "HTTP/1.1";
                addHeaders(event, headers);
                String forwarded = headers.getFirst("X-Forwarded-For");
                sourceIp = forwarded == null ? "" : forwarded.split(",")[0].trim();
                break;
            }
        }
        String host = headers.getFirst("Host");
        if (host == null) {
            host = string(context.get("domainName"));
        }
        String port = headers.getFirst("X-Forwarded-Port");
        return new HttpRequestEvent(door, method.isEmpty() ? "GET" : method, uri(path, query),
                protocol.isEmpty() ? "HTTP/1.1" : protocol, headers, body(event), address(sourceIp, 0),
                InetSocketAddress.createUnresolved(host.isEmpty() ? "localhost" : host, port(port)));
    }

    /** {@code multiValueHeaders} when the front door sent them (every value), else {@code headers}. */
    private static void addHeaders(Map<String, Object> event, Headers headers) {
        Map<String, Object> multi = map(event.get("multiValueHeaders"));
        if (!multi.isEmpty()) {
            multi.forEach((name, values) -> list(values).forEach(v -> headers.add(name, string(v))));
        } else {
            map(event.get("headers")).forEach((name, value) -> headers.add(name, string(value)));
        }
    }

    private static String query(Map<String, Object> event, boolean encode) {
        StringBuilder query = new StringBuilder();
        Map<String, Object> multi = map(event.get("multiValueQueryStringParameters"));
        if (!multi.isEmpty()) {
            multi.forEach((name, values) -> list(values).forEach(v -> appendParameter(query, name, v, encode)));
        } else {
            map(event.get("queryStringParameters")).forEach((name, v) -> appendParameter(query, name, v, encode));
        }
        return query.toString();
    }

    private static void appendParameter(StringBuilder query, String name, Object value, boolean encode) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(encode ? encode(name) : name);
        if (value != null) {
            String text = string(value);
            query.append('=').append(encode ? encode(text) : text);
        }
    }

    /** Percent-encoded, a space as {@code %20} (not {@code +}), so that {@code URI.getQuery()} decodes it too. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] body(Map<String, Object> event) {
        String body = string(event.get("body"));
        return Boolean.TRUE.equals(event.get("isBase64Encoded")) ? Base64.getMimeDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The request URI. The path and query are used as sent, with only the characters a URI cannot hold
     * percent-encoded (API Gateway v1 sends the path decoded; a client may send raw spaces or non-ASCII).
     */
    static URI uri(String path, String query) {
        StringBuilder uri = new StringBuilder();
        escapeIllegal(path.isEmpty() ? "/" : path, uri);
        if (!query.isEmpty()) {
            uri.append('?');
            escapeIllegal(query, uri);
        }
        return URI.create(uri.toString());
    }

    private static void escapeIllegal(String text, StringBuilder out) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean legal = c > 0x20 && c < 0x7f && "\"<>\\^`{|}#".indexOf(c) < 0;
            if (c == '%') {
                // An escape the front door kept stays as it is; a stray % is encoded.
                legal = i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
                        && Character.digit(bytes[i + 2], 16) >= 0;
            }
            if (legal) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /** An IP literal as an address without a lookup; anything else unresolved. */
    private static InetSocketAddress address(String ip, int port) {
        boolean literal = !ip.isEmpty();
        for (int i = 0; i < ip.length() && literal; i++) {
            char c = ip.charAt(i);
            literal = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
        }
        if (literal) {
            try {
                return new InetSocketAddress(InetAddress.getByName(ip), port); // a literal: no DNS lookup
            } catch (UnknownHostException | IllegalArgumentException e) {
                // not a well-formed literal after all
            }
        }
        return InetSocketAddress.createUnresolved(ip.isEmpty() ? "0.0.0.0" : ip, port);
    }

    private static int port(String port) {
        try {
            return port == null ? 443 : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            return 443;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
