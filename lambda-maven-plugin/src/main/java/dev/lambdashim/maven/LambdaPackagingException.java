package dev.lambdashim.maven;

/**
 * Packaging cannot go on. The message says what is wrong and names the POM element (or {@code -D} property) to
 * change; the mojo turns it into a build failure as it is.
 */
public class LambdaPackagingException extends Exception {

    public LambdaPackagingException(String message) {
        super(message);
    }

    public LambdaPackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
