package com.example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.ResponseStream;
import dev.lambdashim.core.StreamingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A page for a Function URL in streaming mode (InvokeMode RESPONSE_STREAM): the browser gets the head and the first
 * section at once, and each further section as soon as it is ready, instead of waiting for the whole page.
 */
public class Page implements StreamingHandler {

    @Override
    public void handle(InputStream event, ResponseStream response, Context context) throws Exception {
        response.startHttpResponse(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                List.of("visited=yes; Secure; HttpOnly"));
        send(response, "<!doctype html><title>Report</title><h1>Report</h1>\n");
        for (int section = 1; section <= 3; section++) {
            Thread.sleep(200); // stands for a slow query per section
            send(response, "<p>Section " + section + " of 3</p>\n");
        }
    }

    /** Writes a part and flushes it: a flush sends what was written as one chunk, now. */
    private static void send(ResponseStream response, String html) throws IOException {
        response.write(html.getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
