package dev.lambdashim.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP requests as each front door sends them, made from AWS's sample events (src/test/resources/events) with the
 * request's method, path, query, headers, cookies and body put in the places that front door uses.
 */
final class HttpEvents {

    /** The front doors, each with its sample event. */
    enum Door {
        REST_API("rest-api.json"),
        HTTP_API("http-api.json"),
        FUNCTION_URL("function-url.json"),
        ALB("alb.json"),
        ALB_MULTI_VALUE("alb-multi-value.json");

        final String sample;

        Door(String sample) {
            this.sample = sample;
        }

        boolean multiValue() {
            return this == REST_API || this == ALB_MULTI_VALUE;
        }

        boolean v2() {
            return this == HTTP_API || this == FUNCTION_URL;
        }

        boolean alb() {
            return this == ALB || this == ALB_MULTI_VALUE;
        }
    }

    private final Door door;
    private String method = "GET";
    private String path = "/";
    private final List<String[]> query = new ArrayList<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();
    private byte[] body = new byte[0];
    private boolean base64;

    private HttpEvents(Door door) {
        this.door = door;
    }

    static HttpEvents request(Door door, String method, String path) {
        HttpEvents event = new HttpEvents(door);
        event.method = method;
        event.path = path;
        return event;
    }

    HttpEvents query(String name, String value) {
        query.add(new String[] {name, value});
        return this;
    }

    HttpEvents header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    HttpEvents cookie(String cookie) {
        cookies.add(cookie);
        return this;
    }

    HttpEvents text(String text) {
        body = text.getBytes(StandardCharsets.UTF_8);
        base64 = false;
        return this;
    }

    HttpEvents binary(byte[] bytes) {
        body = bytes;
        base64 = true;
        return this;
    }

    private static ArrayNode array(ObjectNode object, String name) {
        return object.has(name) ? (ArrayNode) object.get(name) : object.putArray(name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String json() throws IOException {
        ObjectNode event = (ObjectNode) RuntimeTestSupport.json(EventRoundTripTest.resource(door.sample));
        Map<String, List<String>> allHeaders = new LinkedHashMap<>(headers);
        allHeaders.put("x-forwarded-for", List.of("198.51.100.7, 10.0.0.1"));
        if (!door.v2() && !cookies.isEmpty()) {
            allHeaders.put("cookie", List.of(String.join("; ", cookies)));
        }
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body)
                : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", base64);
        if (door.v2()) {
            ObjectNode http = (ObjectNode) event.get("requestContext").get("http");
            http.put("method", method).put("path", path).put("sourceIp", "198.51.100.7");
            event.put("rawPath", path);
            StringBuilder raw = new StringBuilder();
            ObjectNode params = event.putObject("queryStringParameters");
            for (String[] q : query) {
                raw.append(raw.length() == 0 ? "" : "&").append(encode(q[0])).append('=').append(encode(q[1]));
                params.put(q[0], params.has(q[0]) ? params.get(q[0]).asText() + "," + q[1] : q[1]);
            }
            event.put("rawQueryString", raw.toString());
            ObjectNode h = event.putObject("headers");
            allHeaders.forEach((name, values) -> h.put(name.toLowerCase(), String.join(",", values)));
            ArrayNode c = event.putArray("cookies");
            cookies.forEach(c::add);
            return event.toString();
        }
        event.put("httpMethod", method).put("path", path);
        if (door == Door.REST_API) {
            ((ObjectNode) event.get("requestContext").get("identity")).put("sourceIp", "198.51.100.7");
        }
        event.remove(List.of("headers", "multiValueHeaders", "queryStringParameters",
                "multiValueQueryStringParameters"));
        // REST APIs send query values decoded, the ALB as the client encoded them.
        boolean decoded = door == Door.REST_API;
        if (door.multiValue()) {
            ObjectNode mh = event.putObject("multiValueHeaders");
            allHeaders.forEach((name, values) -> values.forEach(v -> array(mh, name).add(v)));
            ObjectNode mq = event.putObject("multiValueQueryStringParameters");
            query.forEach(q -> array(mq, decoded ? q[0] : encode(q[0])).add(decoded ? q[1] : encode(q[1])));
        }
        if (door != Door.ALB_MULTI_VALUE) {
            ObjectNode h = event.putObject("headers");
            allHeaders.forEach((name, values) -> h.put(name, values.get(values.size() - 1)));
            ObjectNode q = event.putObject("queryStringParameters");
            query.forEach(p -> q.put(decoded ? p[0] : encode(p[0]), decoded ? p[1] : encode(p[1])));
        }
        return event.toString();
    }
}
