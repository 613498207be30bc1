package dev.lambdashim.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The function failed at init, as Lambda would report it ({@code /runtime/init/error}): the handler does not resolve,
 * its class's static initializer or constructor threw, or (for a {@link PackagedFunction}) its process exited before
 * asking for an event.
 */
public class LambdaInitException extends RuntimeException {

    private final String errorJson;
    private final List<LogRecord> logs;

    LambdaInitException(String what, String errorJson, List<LogRecord> logs) {
        super(what + " failed at init: " + errorJson + (logs.isEmpty() ? ""
                : "\nlog:\n" + logs.stream().map(LogRecord::text).collect(Collectors.joining("\n"))));
        this.errorJson = errorJson;
        this.logs = List.copyOf(logs);
    }

    /** The init error body: {@code {"errorMessage","errorType","stackTrace",...}}. */
    public String errorJson() {
        return errorJson;
    }

    /** E.g. {@code Runtime.HandlerNotFound}, {@code Runtime.HandlerInitError}. */
    public String errorType() {
        return field("errorType");
    }

    public String errorMessage() {
        return field("errorMessage");
    }

    /** The records written during init. */
    public List<LogRecord> logs() {
        return logs;
    }

    private String field(String name) {
        try {
            JsonNode root = new ObjectMapper().readTree(errorJson);
            return root == null ? null : root.path(name).asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
