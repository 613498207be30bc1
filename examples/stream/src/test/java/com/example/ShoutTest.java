package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdashim.test.LambdaFunction;
import dev.lambdashim.test.TestContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Raw bytes in and out: the payload is not JSON, and need not be. */
class ShoutTest {

    @Test
    void shoutsWhateverItGets() {
        LambdaFunction shout = LambdaFunction.of("com.example.Shout");
        assertEquals("QUIET PLEASE", shout.invokeBytes("quiet please".getBytes(StandardCharsets.UTF_8),
                TestContext.create()).responseJson());
        assertEquals("\"ÉTÉ\"", shout.invoke("\"été\"").responseJson());
    }
}
