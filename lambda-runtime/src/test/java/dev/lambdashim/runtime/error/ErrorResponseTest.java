package dev.lambdashim.runtime.error;

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
}
