package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.LambdaFunction;
import org.junit.jupiter.api.Test;

/** The handler as Lambda calls it: named as in the POM's handler, run by the runtime's own code, in this JVM. */
class HandleTest {

    private final LambdaFunction hello = LambdaFunction.of("com.example.Handle");

    @Test
    void answersHelloWorldWhateverTheEvent() {
        assertEquals("\"Hello, World!\"", hello.invoke("{\"any\": [\"thing\"]}").responseJson());
        assertEquals("Hello, World!", hello.invoke("42").response(String.class));
    }

    @Test
    void writesNothingToTheLog() {
        Invocation invocation = hello.invoke("{}");
        assertEquals(0, invocation.logs().size(), invocation.logText());
    }
}
