package dev.lambdashim.maven.error;

/**
 * A goal cannot go on. The message says what is wrong and names the POM element (or {@code -D} property) to change;
 * the mojos turn it into a build failure as it is. Thrown as it is by the checks both goals share (a parameter's
 * value); each goal's own work throws its subtype: {@link LambdaPackagingException} or {@link LambdaInvokeException}.
 */
public class LambdaShimException extends Exception {

    public LambdaShimException(String message) {
        super(message);
    }

    public LambdaShimException(String message, Throwable cause) {
        super(message, cause);
    }
}
