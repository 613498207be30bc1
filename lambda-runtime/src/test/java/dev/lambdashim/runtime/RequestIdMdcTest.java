package dev.lambdashim.runtime;

import static dev.lambdashim.runtime.RuntimeTestSupport.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.Invocation;
import dev.lambdashim.emulator.RuntimeApiEmulator;
import dev.lambdashim.runtime.fixtures.Log4j2Logging;
import dev.lambdashim.runtime.fixtures.LogbackLogging;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code %X{AWSRequestId}} in a Log4j 2 pattern (with AWS's aws-lambda-java-log4j2 appender, as AWS's runtime sets
 * it) and, with {@code LAMBDA_SHIM_REQUEST_ID_MDC=true}, in a Logback pattern (through SLF4J's MDC) prints each
 * invocation's own request id, nothing before the first, and never the previous one's; without the variable SLF4J's
 * MDC stays empty, as under AWS's runtime. Each function runs in a real runtime process with its logging library on
 * its class path; the tests' own class path has neither library (see the POM), as every other process test's
 * function has none.
 */
class RequestIdMdcTest {

    /** Two invocations, {@code req-one} and {@code req-two}; what the process wrote. */
    private static String twoInvocations(String handler, String library, boolean everywhere) throws Exception {
        RuntimeProcess.Builder builder = RuntimeProcess.builder().handler(handler)
                .env("LAMBDA_SHIM_REQUEST_ID_MDC", everywhere ? "true" : null);
        String jars = System.getProperty("mdc." + library + ".classpath");
        for (String jar : jars.split(Pattern.quote(File.pathSeparator))) {
            builder.classpath(Paths.get(jar));
        }
        builder.classpath(Paths.get(System.getProperty("mdc.config"), library));
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RuntimeProcess runtime = builder.emulator(emulator).start()) {
            for (String name : List.of("one", "two")) {
                assertEquals("\"logged " + name + "\"", emulator.invoke(Invocation.of("{\"name\":\"" + name + "\"}")
                        .withRequestId("req-" + name), TIMEOUT).bodyAsString(), runtime::output);
            }
            runtime.awaitOutput("done with two");
            return runtime.output();
        }
    }

    /** The one line of the output that contains the text. */
    private static String line(String output, String text) {
        List<String> lines = output.lines().filter(l -> l.contains(text)).collect(Collectors.toList());
        assertEquals(1, lines.size(), () -> "'" + text + "' in:\n" + output);
        return lines.get(0);
    }

    private static void assertEachInvocationsId(String output, String logger) {
        assertTrue(line(output, " - initialized").contains("[] INFO  " + logger + " - initialized"),
                () -> "no request id before the first invocation:\n" + output);
        for (String name : List.of("one", "two")) {
            String other = name.equals("one") ? "two" : "one";
            for (String text : List.of("INFO  " + logger + " - handling " + name,
                    "WARN  " + logger + " - done with " + name)) {
                String line = line(output, text);
                assertTrue(line.contains("[req-" + name + "] " + text), () -> "req-" + name + " expected:\n" + output);
                assertTrue(!line.contains("req-" + other), () -> "req-" + other + " leaked:\n" + output);
            }
        }
    }

    @Test
    void log4j2WithAwsAppenderPrintsEachInvocationsRequestId() throws Exception {
        assertEachInvocationsId(twoInvocations(Log4j2Logging.class.getName(), "log4j2", false), "Log4j2Logging");
    }

    @Test
    void slf4jOnLogbackPrintsEachInvocationsRequestIdWhenAskedTo() throws Exception {
        assertEachInvocationsId(twoInvocations(LogbackLogging.class.getName(), "logback", true), "LogbackLogging");
    }

    @Test
    void slf4jsMdcIsLeftAloneByDefaultAsByAwsRuntime() throws Exception {
        String output = twoInvocations(LogbackLogging.class.getName(), "logback", false);
        for (String text : List.of("handling one", "done with one", "handling two", "done with two")) {
            assertTrue(line(output, text).startsWith("[] "), () -> "no request id expected:\n" + output);
        }
    }
}
