package dev.lambdashim.runtime.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Answers of the Runtime API, well-formed and not. */
class AnswerReaderTest {

    private static HttpResponse read(String wire) throws IOException {
        return new AnswerReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1))).read();
    }

    @Test
    void contentLengthAndChunkedBodies() throws IOException {
        HttpResponse plain = read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-A: b\r\n\r\n{}");
        assertEquals(200, plain.status());
        assertEquals("b", plain.header("x-a"));
        assertEquals("{}", plain.bodyAsString());
        HttpResponse chunked = read("HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n");
        assertArrayEquals("abcde".getBytes(StandardCharsets.UTF_8), chunked.body());
        assertEquals(204, read("HTTP/1.1 204\r\n\r\n").status());
    }

    @Test
    void anAnswerIsAlwaysWhole() throws IOException {
        // The reader once built a headers-only HttpResponse (a null body) to read the body's framing from.
        assertThrows(NullPointerException.class, () -> new HttpResponse(200, java.util.Map.of(), null));
        assertArrayEquals(new byte[0], read("HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n").body());
        assertEquals("", read("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").bodyAsString());
    }

    @Test
    void malformedAnswersAreNamed() {
        assertEquals("malformed HTTP status line from the Runtime API: 'HTTP/1.1 2x0 OK'",
                assertThrows(MalformedAnswerException.class, () -> read("HTTP/1.1 2x0 OK\r\n\r\n")).getMessage());
        assertThrows(MalformedAnswerException.class, () -> read("SMTP ready\r\n\r\n"));
        assertThrows(MalformedAnswerException.class, () -> read("HTTP/1.1 20\r\n\r\n"));
        assertEquals("malformed chunk size from the Runtime API: 'zz'", assertThrows(MalformedAnswerException.class,
                () -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"))
                .getMessage());
        assertThrows(MalformedAnswerException.class,
                () -> read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n"));
        assertEquals("the Runtime API sent 3 of the 10 body bytes it announced, then closed the connection",
                assertThrows(MalformedAnswerException.class,
                        () -> read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")).getMessage());
        assertThrows(MalformedAnswerException.class, () -> read("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"));
        assertThrows(MalformedAnswerException.class, () -> read("HTTP/1.1 200 OK\r\nno colon\r\n\r\n"));
        assertThrows(MalformedAnswerException.class, () -> read("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n"));
    }

    @Test
    void noAnswerAtAllIsEndOfStreamNotMalformed() {
        assertThrows(EOFException.class, () -> read(""));
    }
}
