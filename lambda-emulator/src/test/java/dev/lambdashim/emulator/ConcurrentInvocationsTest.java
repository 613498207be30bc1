package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A runtime with several invocations in flight (Lambda Managed Instances): concurrent polls and out-of-order posts. */
class ConcurrentInvocationsTest extends EmulatorFixture {

    @Test
    void concurrentPollsEachGetADifferentInvocationAndPostsAreMatchedByRequestId() throws Exception {
        int n = 8;
        List<RuntimeClient> workers = new ArrayList<>();
        List<CompletableFuture<HttpResponse<byte[]>>> polls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RuntimeClient worker = new RuntimeClient(emulator); // a connection of its own, as each runtime worker
            workers.add(worker);
            polls.add(worker.nextAsync());
        }
        while (emulator.nextRequestCount() < n) {
            Thread.sleep(5);
        }
        List<PendingInvocation> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pending.add(emulator.enqueue(Invocation.of("{\"i\":" + i + "}").withRequestId("id-" + i)));
        }
        Set<String> handedOut = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<byte[]>> poll : polls) {
            String id = poll.get(10, TimeUnit.SECONDS).headers().firstValue(RuntimeApiHeaders.REQUEST_ID).orElseThrow();
            handedOut.add(id);
            ids.add(id);
        }
        assertEquals(n, handedOut.size(), "each poll a different invocation: " + ids);
        assertEquals(n, emulator.maxInFlight());
        for (int i = n - 1; i >= 0; i--) { // answered in reverse order, each on the connection that polled it
            String id = ids.get(i);
            assertEquals(202, workers.get(i).respond(id, "\"answer " + id + "\"").statusCode());
        }
        for (PendingInvocation p : pending) {
            assertEquals("\"answer " + p.invocation().requestId() + "\"",
                    p.await(Duration.ofSeconds(10)).bodyAsString());
        }
        assertEquals(n, emulator.maxInFlight());
    }

    @Test
    void oneAtATimeIsOneInFlight() throws Exception {
        for (int i = 0; i < 3; i++) {
            PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
            HttpResponse<byte[]> next = runtime.next();
            String id = next.headers().firstValue(RuntimeApiHeaders.REQUEST_ID).orElseThrow();
            runtime.respond(id, "{}".getBytes(StandardCharsets.UTF_8));
            assertFalse(pending.await(Duration.ofSeconds(10)).isFunctionError());
        }
        assertEquals(1, emulator.maxInFlight());
    }
}
