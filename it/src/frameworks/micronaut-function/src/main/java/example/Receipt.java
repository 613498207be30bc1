package example;

import io.micronaut.serde.annotation.Serdeable;

/** The answer: how many lines, their total and its currency. */
@Serdeable
public record Receipt(String orderId, int lines, double total, String currency) {
}
