package dev.lambdashim.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdashim.runtime.embedded.EventBinding;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One invocation of a function, as the runtime answered it: the response it would post (or posted, for a
 * {@link PackagedFunction}), or the error, and the records of the function's log written meanwhile.
 *
 * <p>Asking for the response of a failed invocation, or for the error of one that succeeded, fails the test with
 * what the invocation did answer.
 */
public final class Invocation {

    private static final ObjectMapper TREE = new ObjectMapper();

    private final String requestId;
    private final byte[] response;
    private final boolean streamed;
    private final List<byte[]> chunks;
    private final HttpResult streamedHttp;
    private final byte[] errorJson;
    private final List<LogRecord> logs;
    private final Report report;
    private final ClassLoader loader;

    Invocation(String requestId, byte[] response, boolean streamed, List<byte[]> chunks, HttpResult streamedHttp,
            byte[] errorJson, List<LogRecord> logs, Report report, ClassLoader loader) {
        this.requestId = requestId;
        this.response = response;
        this.streamed = streamed;
        this.chunks = List.copyOf(chunks);
        this.streamedHttp = streamedHttp;
        this.errorJson = errorJson;
        this.logs = List.copyOf(logs);
        this.report = report;
        this.loader = loader;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the runtime reported an error (posted to {@code /error}, or ending a stream that had started). */
    public boolean isError() {
        return errorJson != null;
    }

    /** The response payload as UTF-8 (a streamed response's body, without an HTTP prelude). */
    public String responseJson() {
        requireSuccess();
        return new String(response, StandardCharsets.UTF_8);
    }

    /** The response payload's bytes. */
    public byte[] responseBytes() {
        requireSuccess();
        return response.clone();
    }

    /** The response bound to a type with the runtime's JSON rules. */
    public <T> T response(Class<T> type) {
        return type.cast(response((Type) type));
    }

    /** The response bound to a generic type with the runtime's JSON rules. */
    public Object response(Type type) {
        requireSuccess();
        try {
            return EventBinding.read(response, type, loader);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("the response of request " + requestId + " cannot be read as "
                    + type.getTypeName() + ": " + e.getMessage() + "; the response: " + preview(response), e);
        }
    }

    /** A streamed response's chunks, in the order they left the function; empty for a buffered response. */
    public List<byte[]> chunks() {
        return chunks.stream().map(byte[]::clone).collect(Collectors.toList());
    }

    /** The chunks as UTF-8 text. */
    public List<String> chunkTexts() {
        return chunks.stream().map(c -> new String(c, StandardCharsets.UTF_8)).collect(Collectors.toList());
    }

    /** Whether the function streamed its response. */
    public boolean isStreamed() {
        return streamed;
    }

    /**
     * The HTTP response the client would get: for an {@code HttpHandler}, from its front door's JSON; for a
     * streaming handler, from its {@code startHttpResponse} and body.
     */
    public HttpResult http() {
        requireSuccess();
        if (streamedHttp != null) {
            return streamedHttp;
        }
        JsonNode root;
        try {
            root = TREE.readTree(response);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.path("statusCode").canConvertToInt()) {
            throw new AssertionError("the response of request " + requestId + " is not an HTTP response (no"
                    + " statusCode" + (streamed ? ", and the stream did not start one with startHttpResponse" : "")
                    + "): " + preview(response));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        root.path("multiValueHeaders").properties().forEach(h -> {
            List<String> values = new ArrayList<>();
            h.getValue().forEach(v -> values.add(v.asText()));
            headers.put(h.getKey(), values);
        });
        root.path("headers").properties().forEach(h -> headers.putIfAbsent(h.getKey(), List.of(h.getValue().asText())));
        List<String> cookies = new ArrayList<>();
        root.path("cookies").forEach(c -> cookies.add(c.asText()));
        String body = root.path("body").asText("");
        byte[] bytes = root.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
        return new HttpResult(root.get("statusCode").asInt(), headers, cookies, bytes);
    }

    /** The error body the runtime posted, {@code {"errorMessage","errorType","stackTrace","cause"}}. */
    public String errorJson() {
        requireError();
        return new String(errorJson, StandardCharsets.UTF_8);
    }

    /** The error's type: the exception's class name, or {@code Runtime.Reason} for a problem the runtime found. */
    public String errorType() {
        return errorField("errorType");
    }

    public String errorMessage() {
        return errorField("errorMessage");
    }

    /** The error's stack, innermost frame first, without the runtime's own frames. */
    public List<String> errorStackTrace() {
        List<String> frames = new ArrayList<>();
        errorTree().path("stackTrace").forEach(f -> frames.add(f.asText()));
        return frames;
    }

    /** The records of the function's log written during this invocation, in order. */
    public List<LogRecord> logs() {
        return logs;
    }

    /** The log records' text, one record a line. */
    public String logText() {
        return logs.stream().map(LogRecord::text).collect(Collectors.joining("\n"));
    }

    /** For a {@link PackagedFunction}, the figures of Lambda's REPORT line; empty in-process. */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    private String errorField(String name) {
        return errorTree().path(name).asText(null);
    }

    private JsonNode errorTree() {
        requireError();
        try {
            return TREE.readTree(errorJson);
        } catch (IOException e) {
            throw new AssertionError("the error body of request " + requestId + " is not JSON: " + preview(errorJson),
                    e);
        }
    }

    private void requireSuccess() {
        if (errorJson != null) {
            throw new AssertionError("request " + requestId + " failed: " + preview(errorJson)
                    + (logs.isEmpty() ? "" : "\nlog:\n" + logText()));
        }
    }

    private void requireError() {
        if (errorJson == null) {
            throw new AssertionError("request " + requestId + " did not fail; it answered: " + preview(response));
        }
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "... (" + bytes.length + " bytes)" : text;
    }

    @Override
    public String toString() {
        return "Invocation[" + requestId + ", " + (isError() ? "error " + preview(errorJson)
                : "response " + preview(response)) + ", " + logs.size() + " log records]";
    }
}
