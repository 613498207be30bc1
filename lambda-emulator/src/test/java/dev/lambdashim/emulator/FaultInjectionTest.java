package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends EmulatorFixture {

    private static final String INJECTED = "{\"errorMessage\":\"injected\",\"errorType\":\"Injected\"}";

    @Test
    void faultedNextHandsOutNothing() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{\"k\":1}"));
        emulator.injectFault(Route.NEXT, 500, 2);

        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> faulted = runtime.next();
            assertEquals(500, faulted.statusCode());
            assertEquals(INJECTED, new String(faulted.body(), StandardCharsets.UTF_8));
            assertEquals(Optional.empty(), faulted.headers().firstValue(RuntimeApiHeaders.REQUEST_ID));
        }
        HttpResponse<byte[]> next = runtime.next();

        assertEquals(200, next.statusCode());
        assertEquals("{\"k\":1}", new String(next.body(), StandardCharsets.UTF_8));
        assertEquals(3, emulator.nextRequestCount());
        assertFalse(pending.result().isDone());
    }

    @Test
    void faultedResponseRecordsNothingUntilTheFaultsRunOut() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();
        emulator.injectFault(Route.RESPONSE, 503, 1);

        HttpResponse<String> faulted = runtime.respond(id, "\"lost\"");
        assertEquals(503, faulted.statusCode());
        assertEquals(INJECTED, faulted.body());
        assertFalse(pending.result().isDone());

        assertEquals(202, runtime.respond(id, "\"kept\"").statusCode());
        assertEquals("\"kept\"", pending.await(TIMEOUT).bodyAsString());
    }

    @Test
    void faultedErrorAndInitErrorRecordNothing() throws Exception {
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        String id = pending.invocation().requestId();
        runtime.next();
        emulator.injectFault(Route.ERROR, 500, 1);
        emulator.injectFault(Route.INIT_ERROR, 403, 1);

        assertEquals(500, runtime.error(id, "{}").statusCode());
        HttpResponse<String> initError = runtime.initError("{}");
        assertEquals(403, initError.statusCode());
        assertEquals(INJECTED, initError.body());

        assertFalse(pending.result().isDone());
        assertTrue(emulator.initError().isEmpty());
        assertEquals(202, runtime.error(id, "{}").statusCode());
        assertEquals(InvocationResult.Outcome.ERROR, pending.await(TIMEOUT).outcome());
    }

    @Test
    void faultsOnTheSameRouteAreServedInOrder() throws Exception {
        emulator.injectFault(Route.NEXT, 500, 1);
        emulator.injectFault(Route.NEXT, 429, 1);
        emulator.injectFault(Route.RESPONSE, 500, 0);

        assertEquals(500, runtime.next().statusCode());
        assertEquals(429, runtime.next().statusCode());
        assertEquals(400, runtime.respond("unknown", "{}").statusCode()); // zero faults: processed normally
    }

    @Test
    void rejectsInvalidFaults() {
        assertThrows(IllegalArgumentException.class, () -> emulator.injectFault(Route.NEXT, 99, 1));
        assertThrows(IllegalArgumentException.class, () -> emulator.injectFault(Route.NEXT, 600, 1));
        assertThrows(IllegalArgumentException.class, () -> emulator.injectFault(Route.NEXT, 500, -1));
    }
}
