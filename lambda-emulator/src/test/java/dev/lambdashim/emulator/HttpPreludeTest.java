package dev.lambdashim.emulator;

import static dev.lambdashim.emulator.InvocationResponseTest.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpPreludeTest {

    private static final String PRELUDE = "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/html\","
            + "\"X-Quote\":\"a \\\"b\\\" \\u00fc\"},\"cookies\":[\"a=1\",\"b=ü; Secure\"]}";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void splitsThePreludeFromTheBody() {
        byte[] response = concat(bytes(PRELUDE), new byte[8], bytes("<p>hi</p>"));

        HttpPrelude.Split split = HttpPrelude.split(response).orElseThrow();

        assertEquals(201, split.prelude().statusCode());
        assertEquals("text/html", split.prelude().headers().get("content-type"));
        assertEquals("a \"b\" ü", split.prelude().headers().get("X-Quote"));
        assertEquals(List.of("a=1", "b=ü; Secure"), split.prelude().cookies());
        assertEquals(PRELUDE.length() + 1 + 8, split.bodyOffset()); // the raw ü: two bytes for one char
        assertEquals("<p>hi</p>", new String(response, split.bodyOffset(), response.length - split.bodyOffset(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aGrowingResponseSplitsOnlyOnceAllEightNulsArrived() {
        byte[] response = concat(bytes("{}"), new byte[8], new byte[] {0, 0, 'x'});
        for (int length = 0; length < 2 + 8; length++) {
            assertEquals(Optional.empty(), HttpPrelude.split(response, length), "length " + length);
        }
        HttpPrelude.Split split = HttpPrelude.split(response, 10).orElseThrow();
        assertEquals(new HttpPrelude(200, Map.of(), List.of()), split.prelude());
        assertEquals(10, split.bodyOffset()); // NULs in the body are body
    }

    @Test
    void refusesAnInvalidPrelude() {
        for (String bad : new String[] {"", "[]", "{\"statusCode\":\"200\"}", "{\"statusCode\":200.5}",
                "{\"headers\":{\"a\":1}}", "{\"cookies\":\"a=1\"}", "{\"statusCode\":200", "{\"a\":01}",
                "{\"a\":1} x", "{'a':1}", "{\"a\":\"\\x\"}"}) {
            byte[] response = concat(bytes(bad), new byte[8]);
            assertThrows(IllegalArgumentException.class, () -> HttpPrelude.split(response), bad);
        }
    }

    @Test
    void parsesEveryJsonValueKindItMeets() {
        HttpPrelude prelude = HttpPrelude.parse(" { \"statusCode\" : 404 , \"other\" : [true, false, null, -1.5e3, "
                + "{\"n\":{}}, []], \"headers\" : { } } ");
        assertEquals(new HttpPrelude(404, Map.of(), List.of()), prelude);
    }

    @Test
    void aStreamedHttpIntegrationResponseExposesItsPreludeAndBody() throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            PendingInvocation pending = emulator.enqueue(Invocation.of("{}"));
            new RuntimeClient(emulator).next();
            byte[] prelude = bytes("{\"statusCode\":200,\"headers\":{\"X-A\":\"1\"},\"cookies\":[]}");
            try (StreamingPost post = new StreamingPost(emulator, pending.invocation().requestId(),
                    HttpPrelude.CONTENT_TYPE)) {
                // the delimiter split across chunks, as a runtime's flushes may do
                post.chunk(concat(prelude, new byte[3])).chunk(concat(new byte[5], bytes("hello "))).chunk("world");
                assertEquals(202, post.end());
            }

            InvocationResult result = pending.await(TIMEOUT);

            assertEquals(Optional.of(new HttpPrelude(200, Map.of("X-A", "1"), List.of())), result.httpPrelude());
            assertArrayEquals(bytes("hello world"), result.httpBody());
            assertArrayEquals(concat(prelude, new byte[8], bytes("hello world")), result.body());
        }
    }

    @Test
    void otherResponsesHaveNoPrelude() {
        InvocationResult buffered = new InvocationResult("id", InvocationResult.Outcome.RESPONSE,
                concat(bytes("{}"), new byte[8]), Map.of("content-type", HttpPrelude.CONTENT_TYPE));
        assertEquals(Optional.empty(), buffered.httpPrelude());
        assertArrayEquals(buffered.body(), buffered.httpBody());
        assertTrue(HttpPrelude.isHttpIntegration(HttpPrelude.CONTENT_TYPE + "; charset=utf-8"));
        assertTrue(!HttpPrelude.isHttpIntegration("application/json"));
    }
}
