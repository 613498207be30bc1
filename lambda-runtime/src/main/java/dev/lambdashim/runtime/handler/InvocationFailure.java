package dev.lambdashim.runtime.handler;

import dev.lambdashim.runtime.error.ErrorResponse;
/**
 * A failure of one invocation that the runtime found around the handler (the event does not fit the handler's type,
 * the result cannot be written as JSON), as opposed to an exception thrown by the handler itself.
 */
public final class InvocationFailure extends Exception {

    private final transient ErrorResponse error;

    public InvocationFailure(String reason, String message, Throwable cause) {
        super(message, cause);
        this.error = ErrorResponse.ofRuntimeError(reason, message, cause);
    }

    public ErrorResponse error() {
        return error;
    }
}
