package dev.lambdashim.maven.error;

/** {@code lambda:package} cannot go on: the message says what is wrong and names the POM element to change. */
public class LambdaPackagingException extends LambdaShimException {

    public LambdaPackagingException(String message) {
        super(message);
    }

    public LambdaPackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
