package dev.lambdashim.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.test.fixtures.EnvNames;
import dev.lambdashim.test.fixtures.Failures;
import dev.lambdashim.test.fixtures.Orders;
import dev.lambdashim.test.fixtures.Page;
import dev.lambdashim.test.fixtures.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PackagedFunction} over a zip whose {@code bootstrap} starts the runtime on this JVM's class path: the real
 * runtime process, its Runtime API traffic, telemetry frames, exit and timeout, without the plugin's build. The
 * examples' integration tests run it over zips built by {@code lambda:package}.
 */
class PackagedFunctionTest {

    @TempDir
    Path dir;

    /** A zip whose executable bootstrap runs the runtime from this class path. */
    private Path runtimeZip() throws IOException {
        Path zip = dir.resolve("function.zip");
        String bootstrap = "#!/bin/sh\nexec '" + System.getProperty("java.home") + "/bin/java' -XX:TieredStopAtLevel=1"
                + " -cp '" + System.getProperty("java.class.path") + "' dev.lambdashim.runtime.Main\n";
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry entry = new ZipArchiveEntry("bootstrap");
            entry.setUnixMode(0100755);
            out.putArchiveEntry(entry);
            out.write(bootstrap.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return zip;
    }

    @Test
    void aColdThenAWarmInvocationWithTheirReportsAndLogs() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", Orders.class.getName())) {
            Invocation cold = function.invokeResource("events/order.json");
            Invocation warm = function.invoke(new Orders.Order("Bo", List.of(new Orders.Line("x", 1, 5))));
            assertEquals(new Orders.Receipt("Ada", 3, 1200, cold.requestId()), cold.response(Orders.Receipt.class));
            assertEquals(5, warm.response(Orders.Receipt.class).totalCents());
            Report first = cold.report().orElseThrow();
            assertTrue(first.coldStart() && first.initDurationMs() > 0, first.toString());
            assertTrue(first.maxMemoryUsedMb() > 0, first.toString());
            Report second = warm.report().orElseThrow();
            assertFalse(second.coldStart(), second.toString());
            assertEquals("order for Ada", cold.logs().get(0).text());
            assertTrue(cold.logs().get(1).text().contains("\t" + cold.requestId() + "\tINFO\t"), cold.logText());
            assertEquals(2, warm.logs().size(), warm.logText());
            assertEquals("order for Bo", warm.logs().get(0).text());
        }
    }

    @Test
    void theErrorIsTheOneLambdaFunctionReportsInProcess() throws IOException {
        String handler = Failures.class.getName() + "::charge";
        try (PackagedFunction function = PackagedFunction.of(runtimeZip()).withEnvironment("_HANDLER", handler)) {
            Invocation failed = function.invoke("{\"customer\":\"Ada\"}");
            assertEquals(LambdaFunction.of(handler).invoke("{\"customer\":\"Ada\"}").errorJson(), failed.errorJson());
            assertTrue(failed.logText().contains("Invoke Error {\"errorMessage\":\"payment for Ada declined\""),
                    failed.logText());
        }
    }

    @Test
    void aResponseOverLambdasLimitFailsAsOnLambdaInBothWays() throws IOException {
        String handler = Failures.class.getName() + "::huge";
        try (PackagedFunction function = PackagedFunction.of(runtimeZip()).withEnvironment("_HANDLER", handler)) {
            Invocation tooLarge = function.invoke("{}");
            assertEquals("Function.ResponseSizeTooLarge", tooLarge.errorType());
            assertEquals(tooLarge.errorJson(), LambdaFunction.of(handler).invoke("{}").errorJson());
        }
    }

    @Test
    void aStreamedHttpResponseInItsChunks() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", Page.class.getName())) {
            Invocation served = function.invoke("\"hi\"");
            assertEquals(201, served.http().statusCode());
            assertEquals(List.of("a=1"), served.http().cookies());
            assertEquals("part 1;part 2;part 3;", served.http().bodyText());
            assertEquals(List.of("part 1;", "part 2;", "part 3;"), served.chunkTexts());
        }
    }

    @Test
    void anInitErrorIsThrownAsAtInit() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", "com.example.Missing")) {
            LambdaInitException init = assertThrows(LambdaInitException.class, () -> function.invoke("{}"));
            assertEquals("Runtime.HandlerNotFound", init.errorType());
            assertTrue(init.logs().stream().anyMatch(r -> r.text().contains("Init Error Runtime.HandlerNotFound")),
                    init.logs().toString());
        }
    }

    @Test
    void aTimeoutStopsTheProcessAndTheNextInvocationStartsAFreshOne() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", Slow.class.getName() + "::nap").withTimeout(Duration.ofSeconds(1))) {
            assertEquals("\"rested 1\"", function.invoke("1").responseJson());
            Invocation late = function.invoke("5000");
            assertEquals("Sandbox.Timedout", late.errorType());
            assertTrue(late.errorMessage().endsWith("Error: Task timed out after 1.00 seconds"), late.errorMessage());
            Invocation fresh = function.invoke("2");
            assertEquals("\"rested 2\"", fresh.responseJson());
            assertTrue(fresh.report().orElseThrow().coldStart());
        }
    }

    @Test
    void aProcessThatExitsMidInvocation() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", Slow.class.getName() + "::nap")) {
            Invocation exited = function.invoke("-1");
            assertEquals("Runtime.ExitError", exited.errorType());
            assertTrue(exited.errorMessage().endsWith("Runtime exited with error: exit status 3"),
                    exited.errorMessage());
        }
    }

    @Test
    void theFunctionGetsLambdasVariablesAndNothingElseOfThisEnvironment() throws IOException {
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", EnvNames.class.getName() + "::names").withEnvironment("STAGE", "test")) {
            List<?> names = function.invoke("{}").response(List.class);
            assertTrue(names.contains("STAGE") && names.contains("AWS_LAMBDA_RUNTIME_API"), names.toString());
            Set<String> basics = Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR",
                    "JAVA_HOME", "STAGE", "_HANDLER", "LAMBDA_TASK_ROOT", "_LAMBDA_TELEMETRY_LOG_FD", "AWS_REGION",
                    "PWD", "SHLVL", "_"); // the last three set by the shell that starts bootstrap
            for (Object name : names) {
                String n = (String) name;
                assertTrue(basics.contains(n) || n.startsWith("LC_") || n.startsWith("AWS_LAMBDA_"), n);
            }
            assertTrue(System.getenv().keySet().stream().anyMatch(n -> !basics.contains(n) && !n.startsWith("LC_")
                    && !n.startsWith("AWS_LAMBDA_")), "the test's own environment has more, which the function"
                    + " must not get");
        }
    }

    @Test
    void aMissingZipIsNamedWithTheFix() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> PackagedFunction.of(dir.resolve("target/orders.zip")));
        assertEquals("There is no " + dir.resolve("target/orders.zip") + " to run: run mvn package first"
                + " (lambda:package writes target/<artifactId>.zip; failsafe's integration tests run after it)",
                missing.getMessage());
    }

    @Test
    void aZipWithoutBootstrapIsNoFunction() throws IOException {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("README"));
        }
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> PackagedFunction.of(zip));
        assertEquals(zip + " has no bootstrap at its root: it is not a function zip of a custom runtime"
                + " (lambda:package makes one)", wrong.getMessage());
    }

    @Test
    void aZipForAnotherArchitectureFailsUnlessThisMachineEmulatesIt() throws IOException {
        Path zip = dir.resolve("arm.zip");
        byte[] elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[18] = (byte) 0xb7; // EM_AARCH64
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bootstrap"));
            out.putNextEntry(new ZipEntry("java/bin/java"));
            out.write(elf);
        }
        Path binfmt = Files.createDirectories(dir.resolve("binfmt"));
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> PackagedZip.check(zip, "x86_64", binfmt));
        assertEquals(zip + " is built for arm64 and this machine is x86_64, with no emulator for arm64 registered"
                + " (Debian: apt-get install qemu-user-static binfmt-support): package the zip for x86_64"
                + " (-Dlambda.architecture=x86_64) to test it here, or run the tests on an arm64 machine",
                wrong.getMessage());
        Files.writeString(binfmt.resolve("qemu-aarch64"), "enabled\ninterpreter /usr/bin/qemu-aarch64-static\n");
        PackagedZip.check(zip, "x86_64", binfmt); // emulated: accepted
        PackagedZip.check(zip, "arm64", Files.createDirectories(dir.resolve("none"))); // native: accepted
    }

    @Test
    void theZipOfATargetDirectory() throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> PackagedZip.findIn(target));
        assertTrue(none.getMessage().startsWith("There is no function zip (a .zip with a bootstrap) in " + target),
                none.getMessage());
        Path zip = runtimeZip();
        Files.copy(zip, target.resolve("a.zip"));
        assertEquals(target.resolve("a.zip"), PackagedZip.findIn(target));
        Files.copy(zip, target.resolve("b.zip"));
        IllegalStateException two = assertThrows(IllegalStateException.class, () -> PackagedZip.findIn(target));
        assertEquals("There are 2 function zips in " + target + " (a.zip, b.zip): name one with"
                + " PackagedFunction.of(Path)", two.getMessage());
    }

    @Test
    void nothingIsLeftBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countLambdaTestDirs(tmp);
        try (PackagedFunction function = PackagedFunction.of(runtimeZip())
                .withEnvironment("_HANDLER", Orders.class.getName())) {
            function.invokeResource("events/order.json");
            assertEquals(before + 1, countLambdaTestDirs(tmp));
        }
        assertEquals(before, countLambdaTestDirs(tmp));
    }

    private static long countLambdaTestDirs(Path tmp) throws IOException {
        try (var entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("lambda-test-")).count();
        }
    }
}
