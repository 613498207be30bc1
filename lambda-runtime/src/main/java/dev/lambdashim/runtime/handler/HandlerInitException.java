package dev.lambdashim.runtime.handler;

import dev.lambdashim.runtime.error.ErrorResponse;
/**
 * The handler named by {@code _HANDLER} cannot be set up. Reported once through {@code /runtime/init/error}, after
 * which the runtime exits without polling for events.
 */
public final class HandlerInitException extends Exception {

    private final String reason;

    /**
     * @param reason the part after {@code Runtime.} of the error type, e.g. {@code HandlerNotFound}
     * @param message what is wrong, naming the class or method, and what is accepted instead
     * @param cause the exception behind it, or {@code null}
     */
    public HandlerInitException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public ErrorResponse toErrorResponse() {
        return ErrorResponse.ofRuntimeError(reason, getMessage(), getCause());
    }
}
