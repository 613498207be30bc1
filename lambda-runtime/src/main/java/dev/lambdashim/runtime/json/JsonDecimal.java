package dev.lambdashim.runtime.json;

/**
 * A JSON number with a fraction or an exponent as its text, read by {@link PlainJsonReader#readTyped}: databind makes
 * a {@code double} of it with {@code Double.parseDouble} and a {@code BigDecimal} with {@code new BigDecimal}, so the
 * type it is read into decides, and a {@code double} never stands between the text and a {@code BigDecimal}.
 */
record JsonDecimal(String text) {
}
