package dev.lambdashim.runtime.invocation;

/**
 * What a streaming handler may ask of its response stream, checked the same way whether the stream goes to the Runtime
 * API ({@code api.StreamedResponse}) or into a test's memory ({@code embedded.RecordingResponse}).
 */
public final class StreamingRules {

    private StreamingRules() {
    }

    /** @return the content type, when it can be one header value */
    public static String contentType(String type) {
        if (type == null || type.isBlank() || type.indexOf('\r') >= 0 || type.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("not a content type: " + type);
        }
        return type;
    }

    /** @return the HTTP status code, when it is one */
    public static int statusCode(int statusCode) {
        if (statusCode < 100 || statusCode > 599) {
            throw new IllegalArgumentException("HTTP status code out of range 100-599: " + statusCode);
        }
        return statusCode;
    }
}
