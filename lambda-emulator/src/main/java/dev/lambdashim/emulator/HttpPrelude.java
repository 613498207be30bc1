package dev.lambdashim.emulator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prelude of a streamed HTTP integration response (for a function URL or API Gateway): a response whose
 * {@code Content-Type} is {@value #CONTENT_TYPE} starts with a JSON object
 * {@code {"statusCode":200,"headers":{...},"cookies":[...]}}, then {@value #DELIMITER_LENGTH} NUL bytes, then
 * the HTTP body. A missing {@code statusCode} is 200, missing headers and cookies are empty; other members
 * are ignored.
 *
 * @param statusCode the HTTP status of the answer
 * @param headers    its headers; lookups ignore case
 * @param cookies    its {@code Set-Cookie} values, in order
 */
public record HttpPrelude(int statusCode, Map<String, String> headers, List<String> cookies) {

    /** The content type of a streamed response that starts with a prelude. */
    public static final String CONTENT_TYPE = "application/vnd.awslambda.http-integration-response";
    /** How many NUL bytes end the prelude. */
    public static final int DELIMITER_LENGTH = 8;

    /** Validates and copies the headers and cookies into immutable collections. */
    public HttpPrelude {
        headers = HeaderMaps.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    /**
     * A prelude found at the start of a response, and where the HTTP body starts.
     *
     * @param prelude    the parsed prelude
     * @param bodyOffset the index of the body's first byte, just past the delimiter
     */
    public record Split(HttpPrelude prelude, int bodyOffset) {
    }

    /** Whether a response of this {@code Content-Type} header value starts with a prelude. */
    public static boolean isHttpIntegration(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.equalsIgnoreCase(CONTENT_TYPE);
    }

    /**
     * Finds the prelude at the start of the first {@code length} bytes of a response that may still be
     * growing: a live printer calls it on what arrived so far until it finds the prelude, then prints the rest
     * from {@link Split#bodyOffset()}. The JSON cannot hold a NUL byte (strings escape control characters), so
     * the first run of {@value #DELIMITER_LENGTH} NULs ends it.
     *
     * @return the prelude and where the body starts, or empty if the delimiter has not arrived yet
     * @throws IllegalArgumentException if the bytes before the delimiter are not a valid prelude
     */
    public static Optional<Split> split(byte[] bytes, int length) {
        if (length < 0 || length > bytes.length) {
            throw new IndexOutOfBoundsException("length " + length + " of " + bytes.length + " bytes");
        }
        int run = 0;
        for (int i = 0; i < length; i++) {
            run = bytes[i] == 0 ? run + 1 : 0;
            if (run == DELIMITER_LENGTH) {
                int end = i + 1 - DELIMITER_LENGTH;
                return Optional.of(new Split(parse(new String(bytes, 0, end, StandardCharsets.UTF_8)), i + 1));
            }
        }
        return Optional.empty();
    }

    /** {@link #split(byte[], int)} on the whole array. */
    public static Optional<Split> split(byte[] bytes) {
        return split(bytes, bytes.length);
    }

    /**
     * Parses the prelude's JSON.
     *
     * @throws IllegalArgumentException if it is not a JSON object with an integer {@code statusCode}, an
     *                                  object of strings {@code headers} and an array of strings {@code cookies}
     */
    public static HttpPrelude parse(String json) {
        if (!(PreludeJson.parse(json) instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("the prelude is not a JSON object: " + json);
        }
        int status = 200;
        Object statusCode = object.get("statusCode");
        if (statusCode != null) {
            if (!(statusCode instanceof BigDecimal number)) {
                throw new IllegalArgumentException("statusCode is not a number: " + statusCode);
            }
            try {
                status = number.intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("statusCode is not an integer: " + number, e);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Object headerObject = object.get("headers");
        if (headerObject != null) {
            if (!(headerObject instanceof Map<?, ?> members)) {
                throw new IllegalArgumentException("headers is not an object: " + headerObject);
            }
            members.forEach((name, value) -> headers.put((String) name, requireString(value, "header " + name)));
        }
        List<String> cookies = new ArrayList<>();
        Object cookieArray = object.get("cookies");
        if (cookieArray != null) {
            if (!(cookieArray instanceof List<?> items)) {
                throw new IllegalArgumentException("cookies is not an array: " + cookieArray);
            }
            items.forEach(item -> cookies.add(requireString(item, "cookie")));
        }
        return new HttpPrelude(status, headers, cookies);
    }

    private static String requireString(Object value, String what) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(what + " is not a string: " + value);
        }
        return text;
    }
}
