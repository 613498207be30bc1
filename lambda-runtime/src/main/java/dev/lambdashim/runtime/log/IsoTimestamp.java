package dev.lambdashim.runtime.log;

/**
 * Formats microseconds since the epoch as {@code 2026-01-31T12:34:56.789Z} (UTC, always milliseconds) into a
 * caller's array: no {@code java.time} objects, no allocation on the logging path.
 */
final class IsoTimestamp {

    static final int LENGTH = 24;

    private IsoTimestamp() {
    }

    /** Writes {@link #LENGTH} characters at the start of {@code out}. */
    static void format(long epochMicros, char[] out) {
        long millis = Math.floorDiv(epochMicros, 1000);
        long days = Math.floorDiv(millis, 86_400_000L);
        int msOfDay = (int) Math.floorMod(millis, 86_400_000L);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, msOfDay / 3_600_000, 2);
        out[13] = ':';
        digits(out, 14, msOfDay / 60_000 % 60, 2);
        out[16] = ':';
        digits(out, 17, msOfDay / 1000 % 60, 2);
        out[19] = '.';
        digits(out, 20, msOfDay % 1000, 3);
        out[23] = 'Z';
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
