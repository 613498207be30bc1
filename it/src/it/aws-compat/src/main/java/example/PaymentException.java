package example;

/** The function's own exception: its class name is the error type Lambda reports. */
public class PaymentException extends RuntimeException {

    public PaymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
