package dev.lambdashim.runtime.api;

import java.util.ArrayList;
import java.util.List;

/**
 * One request to the Runtime API: method, path, extra headers and, for a POST, the body (bytes {@code 0} to
 * {@code length} of {@code body}, sent without a copy). {@code Host}, {@code User-Agent}, {@code Content-Length}
 * and {@code Transfer-Encoding} are the client's.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the absolute path, its segments already encoded
 * @param headers extra header lines as name and value pairs, in order
 * @param body the body, or {@code null} for none
 * @param length how many bytes of {@code body} to send
 */
public record ApiRequest(String method, String path, List<String> headers, byte[] body, int length) {

    public ApiRequest {
        headers = List.copyOf(headers);
        if (headers.size() % 2 != 0) {
            throw new IllegalArgumentException("headers must come as name and value pairs: " + headers);
        }
        if (body != null && (length < 0 || length > body.length)) {
            throw new IllegalArgumentException("length " + length + " out of the body's " + body.length + " bytes");
        }
    }

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, List.of(), null, 0);
    }

    static ApiRequest post(String path, String contentType, byte[] body, int length) {
        return new ApiRequest("POST", path, List.of("Content-Type", contentType), body, length);
    }

    /** A copy with one more header; a {@code null} value adds nothing. */
    ApiRequest withHeader(String name, String value) {
        if (value == null) {
            return this;
        }
        List<String> more = new ArrayList<>(headers.size() + 2);
        more.addAll(headers);
        more.add(name);
        more.add(value);
        return new ApiRequest(method, path, more, body, length);
    }

    boolean isPost() {
        return "POST".equals(method);
    }
}
