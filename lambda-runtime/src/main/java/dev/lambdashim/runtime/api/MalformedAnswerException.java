package dev.lambdashim.runtime.api;

import java.io.IOException;

/**
 * The Runtime API answered with bytes that are not HTTP the client can read (status line, chunk size, a body cut
 * short). Lambda's own endpoint never does: the runtime cannot trust the connection any more and must exit.
 */
public final class MalformedAnswerException extends IOException {

    private static final long serialVersionUID = 1L;

    MalformedAnswerException(String message) {
        super(message);
    }

    MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
