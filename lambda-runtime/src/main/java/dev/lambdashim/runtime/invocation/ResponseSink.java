package dev.lambdashim.runtime.invocation;

import dev.lambdashim.core.ResponseStream;

/**
 * Where an invoker writes the response of one invocation: {@link BufferedResponse} keeps it until the handler returns,
 * a streamed sink sends it as the handler flushes. Invokers only write; the loop decides how the result is posted.
 */
public abstract class ResponseSink extends ResponseStream {

    /**
     * Drops what was written and has not left yet, for a result that could not be written whole.
     *
     * @return {@code false} when bytes have already left for the Runtime API and cannot be taken back
     */
    public abstract boolean discard();

    /** Whether any byte of the response has left for the Runtime API. */
    public abstract boolean committed();
}
