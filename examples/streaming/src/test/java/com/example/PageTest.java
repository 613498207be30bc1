package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdashim.test.HttpResult;
import dev.lambdashim.test.Invocation;
import dev.lambdashim.test.LambdaFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page leaves in four chunks, in order, after its HTTP status, headers and cookie. */
class PageTest {

    @Test
    void sendsTheHeadThenEachSection() {
        Invocation page = LambdaFunction.of("com.example.Page").invoke("{}");
        assertEquals(List.of("<!doctype html><title>Report</title><h1>Report</h1>\n", "<p>Section 1 of 3</p>\n",
                "<p>Section 2 of 3</p>\n", "<p>Section 3 of 3</p>\n"), page.chunkTexts());
        HttpResult http = page.http();
        assertEquals(200, http.statusCode());
        assertEquals("text/html; charset=utf-8", http.header("Content-Type").orElseThrow());
        assertEquals(List.of("visited=yes; Secure; HttpOnly"), http.cookies());
    }
}
