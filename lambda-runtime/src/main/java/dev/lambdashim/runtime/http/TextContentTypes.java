package dev.lambdashim.runtime.http;

import java.util.Locale;

/**
 * Which response bodies go back to the front door as text; every other body is sent base64-encoded (API Gateway,
 * Function URLs and the ALB decode it), so binary content survives the JSON response.
 */
final class TextContentTypes {

    private TextContentTypes() {
    }

    /**
     * {@code text/*}, JSON and {@code +json}, XML and {@code +xml}, JavaScript, and form data
     * ({@code application/x-www-form-urlencoded}); {@code null} (no content type) is not text.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/javascript") || type.equals("application/x-javascript")
                || type.equals("application/ecmascript")
                || type.equals("application/x-www-form-urlencoded");
    }
}
