package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.InvocationResult;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.api.RuntimeApiClient;
import dev.lambdashim.runtime.handler.FunctionInvoker;
import dev.lambdashim.runtime.invocation.BufferedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop's buffered response, reused across invocations, is emptied once per invocation, not twice. */
class InvokeLoopRecycleTest {

    @Test
    void theBufferIsEmptiedOncePerInvocation() throws Exception {
        AtomicInteger recycles = new AtomicInteger();
        BufferedResponse counting = new BufferedResponse() {
            @Override
            public void recycle() {
                recycles.incrementAndGet();
                super.recycle();
            }
        };
        FunctionInvoker echo = (event, context, response) -> response.write(event);
        Thread loop;
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            RuntimeEnvironment environment = new RuntimeEnvironment(emulator.runtimeApiAddress(), "test::echo", "",
                    "test", "1", 128, "", "", false, Concurrency.parse(null), false);
            RuntimeApiClient client = new RuntimeApiClient(emulator.runtimeApiAddress());
            loop = new Thread(() -> new InvokeLoop(client, echo, environment, true, counting, null).run(), "loop");
            loop.setDaemon(true);
            loop.start();
            for (int i = 1; i <= 3; i++) {
                InvocationResult result = emulator.invoke(Invocation.of("{\"n\":" + i + "}"), Duration.ofSeconds(10));
                assertEquals("{\"n\":" + i + "}", new String(result.body(), StandardCharsets.UTF_8));
            }
        }
        loop.join(10_000); // the emulator is gone: /next fails, the loop gives up after its retries
        assertEquals(3, recycles.get(), "recycles for 3 invocations");
    }
}
