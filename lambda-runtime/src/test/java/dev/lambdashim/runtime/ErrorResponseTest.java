package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorResponseTest {

    static class Plain extends RuntimeException {
    }

    @Test
    void headerReasonKeepsOnlyLettersOfTheSimpleName() {
        assertEquals("IllegalStateException", ErrorResponse.headerReason(IllegalStateException.class));
        assertEquals("Plain", ErrorResponse.headerReason(Plain.class));
        assertEquals("Unhandled", ErrorResponse.headerReason(new RuntimeException() { }.getClass()));
    }

    @Test
    void jsonEscapesControlCharactersAndQuotes() {
        ErrorResponse error = ErrorResponse.ofRuntimeError("Test", "line1\n\"quoted\"\t\u0001", null);
        assertEquals("{\"errorMessage\":\"line1\\n\\\"quoted\\\"\\t\\u0001\",\"errorType\":\"Runtime.Test\","
                + "\"stackTrace\":[]}", new String(error.toJson(), StandardCharsets.UTF_8));
    }

    @Test
    void requestIdsAreEncodedOnlyWhenNeeded() {
        assertEquals("8f5e1c2a-0b1d-4e5f-9a7b-123456789abc",
                RuntimeApiClient.encodePathSegment("8f5e1c2a-0b1d-4e5f-9a7b-123456789abc"));
        assertEquals("a%20b%2Fc%C3%A9", RuntimeApiClient.encodePathSegment("a b/c\u00e9"));
    }
}
