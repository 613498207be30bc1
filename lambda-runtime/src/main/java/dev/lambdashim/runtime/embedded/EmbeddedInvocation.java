package dev.lambdashim.runtime.embedded;

import dev.lambdashim.runtime.error.ErrorResponse;
import dev.lambdashim.runtime.log.LogCapture;
import java.util.List;
import java.util.Map;

/**
 * What the runtime would have posted for one invocation, and the log records written during it.
 *
 * @param response the response payload: the buffered response, or every streamed chunk joined (without the HTTP
 *     prelude); what was written before an error for a stream that failed after its first byte, else empty on error
 * @param streamed whether the handler streams its response
 * @param chunks a streamed response's chunks in the order they would have left; empty for a buffered response
 * @param contentType a streamed response's content type; {@code null} for a buffered one
 * @param http the HTTP status, headers and cookies a streaming handler started its response with, or {@code null}
 * @param error the error the runtime would post ({@code /error}, or the trailers of a failed stream); {@code null} on
 *     success
 * @param fatal the error was a {@code VirtualMachineError}: the runtime process would exit after reporting it
 * @param logs the records of the function's log written during the invocation
 */
public record EmbeddedInvocation(byte[] response, boolean streamed, List<byte[]> chunks, String contentType,
        HttpStart http, ErrorResponse error, boolean fatal, List<LogCapture.Captured> logs) {

    /** The start of a streamed HTTP response ({@code ResponseStream.startHttpResponse}). */
    public record HttpStart(int statusCode, Map<String, String> headers, List<String> cookies) {
    }
}
