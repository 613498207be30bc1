package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.PackagedFunction;
import dev.lambdashim.test.Report;
import org.junit.jupiter.api.Test;

/** The deployable zip itself (target/hello-world.zip): its bootstrap, Java and start-up cache, run by failsafe. */
class HandleIT {

    @Test
    void theZipAnswersColdThenWarm() {
        try (PackagedFunction zip = PackagedFunction.fromTarget()) {
            Invocation cold = zip.invoke("{}");
            Invocation warm = zip.invoke("{}");
            assertEquals("\"Hello, World!\"", cold.responseJson());
            assertEquals("\"Hello, World!\"", warm.responseJson());
            Report first = cold.report().orElseThrow();
            assertTrue(first.coldStart() && first.initDurationMs() > 0, first.toString());
            assertTrue(first.maxMemoryUsedMb() > 0 && first.maxMemoryUsedMb() < 512, first.toString());
            assertFalse(warm.report().orElseThrow().coldStart());
            System.out.printf("hello-world zip: init %.1f ms, max memory %d MB%n", first.initDurationMs(),
                    first.maxMemoryUsedMb());
        }
    }
}
