package dev.lambdashim.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Closing stops every thread promptly, whatever the connections are doing. */
class CloseTest {

    private static Set<Thread> emulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("lambda-emulator-")).collect(Collectors.toSet());
    }

    @Test
    void closeIsPromptWithBlockedPollsAndAStalledStreamAndLeavesNoThread() throws Exception {
        Set<Thread> before = emulatorThreads();
        RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
        List<Socket> polls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Socket socket = new Socket("127.0.0.1", emulator.port());
            socket.getOutputStream().write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            polls.add(socket);
        }
        PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
        NextInvocationTest.waitFor(() -> emulator.nextRequestCount() == 3);
        // one of the polls got the invocation; stream a response for it and stall mid-body
        StreamingPost stalled = new StreamingPost(emulator, pending.invocation().requestId(), null);
        stalled.chunk("half");
        Thread.sleep(100);

        long start = System.nanoTime();
        emulator.close();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(millis < 1_500, "close took " + millis + " ms");
        int answered500 = 0;
        for (Socket poll : polls) {
            poll.setSoTimeout(10_000);
            String head = new String(poll.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            answered500 += head.equals("HTTP/1.1 500") ? 1 : 0;
            poll.close();
        }
        assertEquals(2, answered500, "the two polls still blocked were answered 500");
        stalled.close();
        NextInvocationTest.waitFor(() -> {
            Set<Thread> left = emulatorThreads();
            left.removeAll(before);
            return left.isEmpty();
        });
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", emulator.port()).close());
    }

    @Test
    void aClosedEmulatorsPortCanBeBoundAgain() throws IOException {
        int port;
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            port = emulator.port();
        }
        try (RuntimeApiEmulator again = RuntimeApiEmulator.start(port)) {
            assertEquals(port, again.port());
        }
    }
}
