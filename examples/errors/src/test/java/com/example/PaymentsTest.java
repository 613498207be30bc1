package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.LambdaFunction;
import org.junit.jupiter.api.Test;

/** The error Lambda reports for the exception, its stack and its cause, and the log's Invoke Error record. */
class PaymentsTest {

    @Test
    void aDeclinedPaymentIsReportedWithItsCause() {
        Invocation charge = LambdaFunction.of("com.example.Payments::charge")
                .invokeResource("src/lambda/events/charge.json");
        assertTrue(charge.isError());
        assertEquals("com.example.Payments$PaymentDeclinedException", charge.errorType());
        assertEquals("payment for Ada declined", charge.errorMessage());
        assertTrue(charge.errorStackTrace().get(0).startsWith("com.example.Payments.charge(Payments.java:"),
                charge.errorStackTrace().toString());
        assertTrue(charge.errorJson().contains("\"cause\":{\"errorMessage\":\"bank unreachable\","
                + "\"errorType\":\"java.io.IOException\""), charge.errorJson());
        assertTrue(charge.logText().contains("\tERROR\tlambda-shim: Invoke Error {\"errorMessage\":\"payment for Ada"
                + " declined\""), charge.logText());
    }
}
