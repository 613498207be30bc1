package dev.lambdashim.maven.error;

/** {@code lambda:invoke} cannot run the function: the message names what is wrong and the way out. */
public class LambdaInvokeException extends LambdaShimException {

    public LambdaInvokeException(String message) {
        super(message);
    }

    public LambdaInvokeException(String message, Throwable cause) {
        super(message, cause);
    }
}
