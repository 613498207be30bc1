package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.AwsStyle;
import dev.lambdashim.runtime.fixtures.Echo;
import dev.lambdashim.runtime.fixtures.HttpRoutes;
import dev.lambdashim.runtime.fixtures.LogKinds;
import dev.lambdashim.runtime.fixtures.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The logging set-up keeps start-up lean: a {@code StreamHandler} function that does not log loads neither JUL's
 * {@code LogManager} nor Jackson databind, nor typed events or the HTTP adapter, with frames on or off, as
 * {@code -Xlog:class+load} shows; an {@code HttpHandler} loads the adapter but not databind.
 */
class StartupClassLoadingTest {

    private static String loadedClasses(String handler, boolean framed, String format) throws Exception {
        return loadedClasses(handler, framed, format, "{\"a\":1}");
    }

    private static String loadedClasses(String handler, boolean framed, String format, String answer)
            throws Exception {
        Path log = Files.createTempFile("class-load", ".txt");
        try {
            String arg = "-Xlog:class+load=info:file=" + log;
            if (framed) {
                try (FramedRuntime run = FramedRuntime.start(handler, b -> b.jvmArg(arg)
                        .env("AWS_LAMBDA_LOG_FORMAT", format))) {
                    run.emulator.invoke(Invocation.of("{\"a\":1}"), TIMEOUT);
                    run.frames.frames();
                }
            } else {
                try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
                     RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(handler)
                             .jvmArg(arg).env("AWS_LAMBDA_LOG_FORMAT", format).start()) {
                    assertEquals(answer, emulator.invoke(Invocation.of("{\"a\":1}"), TIMEOUT).bodyAsString());
                }
            }
            return Files.readString(log);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The Jackson classes in a class-load log, one a line, for the failure message. */
    private static String jackson(String classes) {
        return classes.lines().filter(l -> l.contains(" com.fasterxml.")).collect(Collectors.joining("\n"));
    }

    @Test
    void streamHandlerLoadsNeitherLogManagerNorDatabind() throws Exception {
        for (boolean framed : new boolean[] {false, true}) {
            for (String format : new String[] {"TEXT", "JSON"}) {
                String classes = loadedClasses(Echo.class.getName(), framed, format);
                // The log is real: the runtime's own classes are in it.
                assertTrue(classes.contains("dev.lambdashim.runtime.InvokeLoop "), classes);
                assertTrue(classes.contains("dev.lambdashim.runtime.log.RecordPrintStream "), classes);
                assertFalse(classes.contains("java.util.logging.LogManager "), "framed=" + framed + " " + format);
                assertFalse(classes.contains("com.fasterxml."), "framed=" + framed + " " + format + ": "
                        + jackson(classes));
                // Typed events and the HTTP adapter cost nothing to a function that does not use them.
                assertFalse(classes.contains("dev.lambdashim.events."), "framed=" + framed + " " + format);
                assertFalse(classes.contains("com.sun.net.httpserver."), "framed=" + framed + " " + format);
                assertFalse(classes.contains("dev.lambdashim.runtime.http."), "framed=" + framed);
                // AWS's jars are on this classpath, yet neither they nor the bridge to them are loaded.
                assertFalse(classes.contains("com.amazonaws."), "framed=" + framed + " " + format);
                assertFalse(classes.contains("dev.lambdashim.runtime.aws."), "framed=" + framed + " " + format);
                assertFalse(classes.contains("AwsApiNames"), "framed=" + framed + " " + format);
                // No logging library on the class path: nothing loaded to put the request id in their contexts.
                assertFalse(classes.contains("RequestIdMdc"), "framed=" + framed + " " + format);
                assertFalse(classes.contains("org.apache.logging.") || classes.contains("org.slf4j."),
                        "framed=" + framed + " " + format);
            }
        }
    }

    @Test
    void aPlainHandlerLoadsNothingOfAwsCompatibility() throws Exception {
        String classes = loadedClasses(Methods.class.getName() + "::map", false, "TEXT",
                "{\"a\":1,\"seen\":true}");
        assertTrue(classes.contains("dev.lambdashim.runtime.handler.PlainJsonInvoker "), classes);
        assertFalse(classes.contains("com.amazonaws."), "AWS's classes loaded for a lambda-shim handler");
        assertFalse(classes.contains("dev.lambdashim.runtime.aws."), "the AWS bridge loaded for a lambda-shim handler");
        assertFalse(classes.contains("AwsApiNames"), "the resolver's AWS class names are constants, never loaded");
    }

    @Test
    void anAwsHandlerLoadsTheBridge() throws Exception {
        // The same check on a handler written for AWS: proves the check above can see the bridge and AWS's classes.
        String classes = loadedClasses(AwsStyle.class.getName() + "::echoMap", false, "TEXT");
        assertTrue(classes.contains("dev.lambdashim.runtime.aws.AwsHandlers "), classes);
        assertTrue(classes.contains("com.amazonaws.services.lambda.runtime.Context "), classes);
    }

    @Test
    void anHttpHandlerLoadsTheAdapterButNeitherDatabindNorEvents() throws Exception {
        Path log = Files.createTempFile("class-load", ".txt");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = RuntimeProcess.builder().emulator(emulator).handler(HttpRoutes.class.getName())
                     .jvmArg("-Xlog:class+load=info:file=" + log).start()) {
            String event = HttpEvents.request(HttpEvents.Door.HTTP_API, "GET", "/nowhere").json();
            assertEquals(404, RuntimeTestSupport.json(emulator.invoke(Invocation.of(event), TIMEOUT).body())
                    .get("statusCode").asInt());
            String classes = Files.readString(log);
            // The check sees the adapter: it is loaded for this function.
            assertTrue(classes.contains("dev.lambdashim.runtime.http.HttpFunctionInvoker "), classes);
            assertTrue(classes.contains("com.sun.net.httpserver.HttpExchange "), classes);
            // The event is read with jackson-core's streaming parser, not databind.
            assertFalse(classes.contains("com.fasterxml.jackson.databind."), "databind loaded for an HttpHandler");
            assertFalse(classes.contains("dev.lambdashim.events."), "events loaded for an HttpHandler");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aFunctionThatLogsThroughJulLoadsLogManager() throws Exception {
        // The same check on a function that does use JUL: proves the check above can see LogManager.
        String classes = loadedClasses(LogKinds.class.getName() + "::quotes", true, "JSON");
        assertTrue(classes.contains("java.util.logging.LogManager "), "LogManager is loaded when JUL is used");
        assertTrue(classes.contains("dev.lambdashim.runtime.log.JulLogHandler "), "our handler is installed");
    }
}
