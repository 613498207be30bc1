package dev.lambdashim.test;

/**
 * An event or response file named by {@link Event}, {@link Events}, {@link Response}, {@link Responses} or
 * {@link HandlerParams} that cannot be found, read or bound; the message names the annotation, the test method, the
 * file and what is wrong.
 */
public class EventFileException extends RuntimeException {

    public EventFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
