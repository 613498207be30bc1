package dev.lambdashim.runtime.api;

import java.nio.charset.StandardCharsets;

/** Request ids in the Runtime API's paths: percent-encoded beyond RFC 3986's unreserved characters. */
final class PathSegment {

    private PathSegment() {
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters; request ids are normally left untouched. */
    static String encode(String segment) {
        boolean plain = true;
        for (int i = 0; i < segment.length() && plain; i++) {
            plain = isUnreserved(segment.charAt(i));
        }
        if (plain) {
            return segment;
        }
        StringBuilder encoded = new StringBuilder(segment.length() * 3);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
