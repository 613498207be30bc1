package com.example;

import java.io.IOException;
import java.util.Map;

/** A method handler that fails: Lambda gets the exception, its stack and its cause. */
public class Payments {

    /** A checked exception of the function's own. */
    public static class PaymentDeclinedException extends Exception {
        public PaymentDeclinedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Map<String, Object> charge(Map<String, Object> request) throws PaymentDeclinedException {
        try {
            return Map.of("charged", contactBank(request));
        } catch (IOException e) {
            throw new PaymentDeclinedException("payment for " + request.get("customer") + " declined", e);
        }
    }

    private static Object contactBank(Map<String, Object> request) throws IOException {
        throw new IOException("bank unreachable");
    }
}
