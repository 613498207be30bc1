package dev.lambdashim.core;

import java.io.InputStream;

/**
 * A Lambda function that streams its response: bytes reach the caller as the handler {@link ResponseStream#flush()
 * flushes} them (and whenever the runtime's buffer fills), not when it returns. Time to first byte drops to the
 * handler's first flush, and the response may be larger than the 6 MB of a buffered one. The function must be invoked
 * in streaming mode: a Function URL with {@code InvokeMode: RESPONSE_STREAM}, {@code InvokeWithResponseStream}, or an
 * API Gateway integration with response streaming.
 *
 * <p>An exception before the first byte has left is reported as for any handler: the invocation fails with the
 * error. An exception after it ends the stream early; the caller keeps the bytes it has and Lambda records the error.
 *
 * <p>One instance serves every invocation of a warm process; invocations never overlap.
 */
@FunctionalInterface
public interface StreamingHandler {

    /**
     * Handles one invocation.
     *
     * @param event the event payload, exactly as Lambda delivered it
     * @param response where the response goes, sent as it is flushed; the runtime closes it when the handler returns
     * @param context facts about this invocation and the function
     * @throws Exception reported to Lambda as a function error
     */
    void handle(InputStream event, ResponseStream response, Context context) throws Exception;
}
