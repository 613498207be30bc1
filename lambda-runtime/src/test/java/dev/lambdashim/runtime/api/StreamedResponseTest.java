package dev.lambdashim.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.runtime.error.ErrorResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed {@code /response} on the wire, as Lambda defines it for custom runtimes. */
class StreamedResponseTest {

    private static final String ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n";

    @Test
    void headersChunksAsFlushedAndTheLastChunk() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse response = client.streamedResponse("id-1");
            response.setContentType("text/plain");
            response.write("hello ".getBytes(StandardCharsets.UTF_8));
            assertEquals("", server.received(), "nothing leaves before the first flush");
            response.flush();
            String head = server.await("6\r\nhello \r\n");
            assertTrue(head.startsWith("POST /2018-06-01/runtime/invocation/id-1/response HTTP/1.1\r\n"), head);
            assertTrue(head.contains("\r\nContent-Type: text/plain\r\n"), head);
            assertTrue(head.contains("\r\nLambda-Runtime-Function-Response-Mode: streaming\r\n"), head);
            assertTrue(head.contains("\r\nTransfer-Encoding: chunked\r\n"), head);
            assertTrue(head.contains("\r\nTrailer: Lambda-Runtime-Function-Error-Type,"
                    + " Lambda-Runtime-Function-Error-Body\r\n"), head);
            assertFalse(head.contains("Content-Length"), head);
            assertTrue(response.committed());
            assertFalse(response.discard(), "bytes that left cannot be taken back");
            response.write("world".getBytes(StandardCharsets.UTF_8));
            assertEquals(202, response.finish().status());
            assertTrue(server.received().endsWith("\r\n\r\n6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n"),
                    server.received());
        }
    }

    @Test
    void anErrorAfterTheFirstByteEndsTheStreamWithTrailers() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse response = client.streamedResponse("id-2");
            response.write('x');
            response.flush();
            response.write('y'); // written, not flushed, before the failure: still sent
            ErrorResponse error = ErrorResponse.ofFunctionError(new IllegalStateException("mid-stream"));
            assertEquals(202, response.fail(error).status());
            String sent = server.received();
            String base64 = Base64.getEncoder().encodeToString(error.toJson());
            assertTrue(sent.endsWith("1\r\nx\r\n1\r\ny\r\n0\r\nLambda-Runtime-Function-Error-Type:"
                    + " Function.IllegalStateException\r\nLambda-Runtime-Function-Error-Body: " + base64
                    + "\r\n\r\n"), sent);
        }
    }

    @Test
    void oneBufferServesEveryStreamedInvocationOfALoop() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse first = client.streamedResponse("id-a");
            first.write("first".getBytes(StandardCharsets.UTF_8));
            assertEquals(202, first.finish().status());
            server.answer(ACCEPTED);
            StreamedResponse second = client.streamedResponse("id-b");
            assertSame(first.buffer(), second.buffer(), "the 32 KB buffer is the loop's, not the invocation's");
            second.write("2nd".getBytes(StandardCharsets.UTF_8));
            assertEquals(202, second.finish().status());
            assertTrue(server.received().endsWith("\r\n\r\n3\r\n2nd\r\n0\r\n\r\n"), server.received());
        }
    }

    @Test
    void anErrorBeforeTheFirstByteIsForTheErrorRoute() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            StreamedResponse response = client.streamedResponse("id-3");
            response.write("not flushed".getBytes(StandardCharsets.UTF_8));
            assertFalse(response.committed());
            assertTrue(response.discard());
            assertThrows(IllegalStateException.class, () -> response.fail(ErrorResponse.ofFunctionError(
                    new RuntimeException())));
            assertEquals("", server.received());
        }
    }

    @Test
    void httpResponsePreludeThenEightNulsThenTheBody() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse response = client.streamedResponse("id-4");
            response.startHttpResponse(201, Map.of("Content-Type", "text/html"), List.of("a=1", "b=\"2\""));
            assertThrows(IllegalStateException.class, () -> response.setContentType("text/plain"));
            response.write("<p>".getBytes(StandardCharsets.UTF_8));
            response.finish();
            String sent = server.received();
            assertTrue(sent.contains("\r\nContent-Type: application/vnd.awslambda.http-integration-response\r\n"),
                    sent);
            String prelude = "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/html\"},"
                    + "\"cookies\":[\"a=1\",\"b=\\\"2\\\"\"]}";
            String body = prelude + "\0\0\0\0\0\0\0\0<p>";
            assertTrue(sent.endsWith("\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body
                    + "\r\n0\r\n\r\n"), sent);
        }
    }

    @Test
    void afterTheFirstByteNoContentTypeOrHttpStart() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            StreamedResponse response = client.streamedResponse("id-5");
            response.write('a');
            assertThrows(IllegalStateException.class, () -> response.setContentType("text/plain"));
            assertThrows(IllegalStateException.class, () -> response.startHttpResponse(200, Map.of(), List.of()));
            assertThrows(IllegalArgumentException.class, () -> client.streamedResponse("x")
                    .startHttpResponse(99, Map.of(), List.of()));
        }
    }

    @Test
    void aWriteLargerThanTheBufferLeavesAtOnce() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse response = client.streamedResponse("id-6");
            byte[] big = new byte[100_000];
            java.util.Arrays.fill(big, (byte) 'z');
            response.write(big);
            server.await(Integer.toHexString(big.length) + "\r\nzzz");
            response.finish();
            assertTrue(server.received().endsWith("zzz\r\n0\r\n\r\n"));
        }
    }

    @Test
    void aHandlerThatClosesTheStreamEndsItThenWritesFail() throws Exception {
        try (RawServer server = new RawServer(); RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            server.answer(ACCEPTED);
            StreamedResponse response = client.streamedResponse("id-7");
            response.write('a');
            response.close();
            assertTrue(server.await("1\r\na\r\n0\r\n\r\n").endsWith("0\r\n\r\n"), "ended when closed");
            assertThrows(java.io.IOException.class, () -> response.write('b'));
            assertEquals(202, response.finish().status(), "the loop gets the answer to the handler's close");
            assertEquals(202, response.fail(ErrorResponse.ofFunctionError(new RuntimeException())).status(),
                    "an error after the end cannot be put on the stream");
        }
    }

    @Test
    void aStreamWhoseEndFailedReportsTheFailureNotANull() throws Exception {
        RawServer server = new RawServer();
        try (RuntimeApiClient client = new RuntimeApiClient(server.address())) {
            StreamedResponse response = client.streamedResponse("id-8");
            response.write('a');
            response.flush();
            server.await("1\r\na\r\n");
            server.close(); // no answer will come
            assertThrows(java.io.IOException.class, response::close);
            assertThrows(java.io.IOException.class, response::finish);
        }
    }
}
