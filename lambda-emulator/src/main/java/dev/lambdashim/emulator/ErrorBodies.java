package dev.lambdashim.emulator;

import java.nio.charset.StandardCharsets;

/**
 * The fixed JSON bodies the emulator answers with, in the Runtime API's {@code StatusResponse} and
 * {@code ErrorResponse} shapes ({@code {"status":...}} and {@code {"errorMessage":...,"errorType":...}}).
 */
final class ErrorBodies {

    /**
     * The largest response body a runtime may post: 6 MiB + 100 bytes, the Runtime Interface Emulator's
     * {@code interop.MaxPayloadSize}, the size named in Lambda's payload-size errors.
     */
    static final int MAX_RESPONSE_BYTES = RuntimeApiEmulator.MAX_RESPONSE_BYTES;

    /**
     * The largest streamed response: "response streaming functions can return payloads up to 200 MB,
     * compared to the 6 MB maximum for buffered responses" (AWS Lambda Developer Guide, "Response streaming
     * for Lambda functions", docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html).
     * Read as MiB, as the 6 MB buffered limit is 6 MiB (+100 bytes). The guide does not say what the runtime
     * sees past it; like a buffered response over its limit, the emulator answers {@code 413} and ends the
     * invocation as {@code Function.ResponseSizeTooLarge}, keeping the pieces that fit within the limit.
     */
    static final int MAX_STREAMED_RESPONSE_BYTES = 200 * 1024 * 1024;

    /** {@code 202 Accepted} of the three posts. */
    static final byte[] ACCEPTED = utf8("{\"status\":\"OK\"}");

    /** {@code 400}: a post for a request id not handed out by {@code /next}, or already ended. */
    static final byte[] INVALID_REQUEST_ID = error("Invalid request ID", "InvalidRequestID");

    /** {@code 413}: a response body over {@link #MAX_RESPONSE_BYTES}, as the runtime sees it. */
    static final byte[] REQUEST_ENTITY_TOO_LARGE = error(
            "Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).", "RequestEntityTooLarge");

    /** What the invoke caller gets for a response body over {@link #MAX_RESPONSE_BYTES}. */
    static final byte[] RESPONSE_SIZE_TOO_LARGE = error(
            "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).",
            "Function.ResponseSizeTooLarge");

    /** {@code 413}: a streamed response over {@link #MAX_STREAMED_RESPONSE_BYTES}, as the runtime sees it. */
    static final byte[] STREAMED_REQUEST_ENTITY_TOO_LARGE = error("Exceeded maximum allowed payload size ("
            + MAX_STREAMED_RESPONSE_BYTES + " bytes).", "RequestEntityTooLarge");

    /** What the invoke caller gets for a streamed response over {@link #MAX_STREAMED_RESPONSE_BYTES}. */
    static final byte[] STREAMED_RESPONSE_SIZE_TOO_LARGE = error(
            "Response payload size exceeded maximum allowed payload size (" + MAX_STREAMED_RESPONSE_BYTES
                    + " bytes).", "Function.ResponseSizeTooLarge");

    /** {@code 403}: a second {@code /init/error} post. */
    static final byte[] INIT_ERROR_ALREADY_REPORTED = error(
            "State transition from InitError to InitError failed for runtime.", "InvalidStateTransition");

    /** {@code 500}: the emulator closed while the request waited. */
    static final byte[] INTERNAL_SERVER_ERROR = error("Internal Server Error", "InternalServerError");

    /** The body of injected faults. */
    static final byte[] INJECTED = error("injected", "Injected");

    /** {@code 404}: no such route. */
    static final byte[] NOT_FOUND = error("Not Found", "NotFound");

    private ErrorBodies() {
    }

    private static byte[] error(String message, String type) {
        return utf8("{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\"}");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
