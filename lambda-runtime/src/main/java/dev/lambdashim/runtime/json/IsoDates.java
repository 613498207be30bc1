package dev.lambdashim.runtime.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ISO-8601 forms of {@code Instant} and {@code LocalDate} that jackson's JavaTimeModule reads and writes by
 * default ({@code 2026-12-07T18:30:00.123Z}, {@code 2026-12-07}), read by hand in their strict form only: a four-digit
 * year, valid fields, no leap second, {@code Z} for an instant. Anything else (epoch numbers, offsets, spaces, other
 * precisions of the lenient parsers) is {@link PlainJsonReader.Undecided}, for databind to read. Not through
 * {@code DateTimeFormatter}, whose set-up is what databind's own date handling costs at start-up.
 */
final class IsoDates {

    private IsoDates() {
    }

    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            throw PlainJsonReader.UNDECIDED;
        }
        LocalDate date = date(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                throw PlainJsonReader.UNDECIDED;
            }
            nanos = digits(text, 20, length - 1);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw PlainJsonReader.UNDECIDED;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second, nanos);
    }

    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw PlainJsonReader.UNDECIDED;
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw PlainJsonReader.UNDECIDED;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw PlainJsonReader.UNDECIDED;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
