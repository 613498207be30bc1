package dev.lambdashim.emulator;

import java.util.concurrent.ExecutionException;

/** Unwrapping of the failures of the emulator's futures. */
final class Futures {

    private Futures() {
    }

    /** An {@link IllegalStateException} with the message of the cause of {@code e}, for the waiting caller. */
    static IllegalStateException unchecked(ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
