package dev.lambdashim.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathSegmentTest {

    @Test
    void requestIdsAreEncodedOnlyWhenNeeded() {
        assertEquals("8f5e1c2a-0b1d-4e5f-9a7b-123456789abc",
                PathSegment.encode("8f5e1c2a-0b1d-4e5f-9a7b-123456789abc"));
        assertEquals("a%20b%2Fc%C3%A9", PathSegment.encode("a b/c\u00e9"));
    }
}
