package dev.lambdashim.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The decoding every HTTP event and stream record needs, in one place. */
final class Bodies {

    private static final byte[] EMPTY = new byte[0];

    private Bodies() {
    }

    /** A body as Lambda sent it: base64 when {@code base64} is true, else UTF-8 text; none is empty. */
    static byte[] bytes(String body, Boolean base64) {
        if (body == null) {
            return EMPTY;
        }
        return Boolean.TRUE.equals(base64) ? base64(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    static String text(String body, Boolean base64) {
        if (body == null) {
            return "";
        }
        return Boolean.TRUE.equals(base64) ? new String(base64(body), StandardCharsets.UTF_8) : body;
    }

    /** Standard base64; MIME's line breaks are tolerated, as some producers wrap long values. */
    static byte[] base64(String value) {
        return value == null ? null : Base64.getMimeDecoder().decode(value);
    }

    static String base64(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }
}
