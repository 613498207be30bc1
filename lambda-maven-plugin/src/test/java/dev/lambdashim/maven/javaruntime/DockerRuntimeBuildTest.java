package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.docker.DockerConnection;
import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.invoke.InvokeRequest;
import dev.lambdashim.maven.invoke.LocalInvoker;
import dev.lambdashim.maven.packaging.LambdaPackager;
import dev.lambdashim.maven.packaging.PackageRequest;
import dev.lambdashim.maven.packaging.PackageResult;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.FileTrees;
import dev.lambdashim.maven.testing.DockerSupport;
import dev.lambdashim.maven.testing.FunctionProcess;
import dev.lambdashim.maven.testing.TestFunctions;
















import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.emulator.InvocationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerized runtime build against a real Docker engine, with local stand-in images: a JDK build image and a
 * run image with no Java at all, standing in for {@code provided.al2023}.
 */
class DockerRuntimeBuildTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void docker() throws Exception {
        DockerSupport.requireDocker();
    }

    @AfterEach
    void noContainerLeftBehind() throws Exception {
        assertEquals(List.of(), DockerSupport.leftoverContainers(dir), "containers left behind");
    }

    private PackageRequest request(Path project, String image, int javaVersion, String dockerHost) throws Exception {
        TestFunctions.compileHello(project.resolve("classes"));
        Path events = Files.createDirectories(project.resolve("events"));
        Files.writeString(events.resolve("a.json"), "{\"name\":\"a\"}");
        Files.writeString(events.resolve("b.json"), "[1,2,3]");
        return new PackageRequest("example.Hello", "hello", project.resolve("classes"), List.of(),
                TestFunctions.runtime(), project, project.resolve("lambda-shim"), Instant.parse("2026-01-01T00:00:00Z"),
                Architecture.X86_64, new JavaRuntimeSettings(true, true, image, javaVersion, events, dockerHost));
    }

    /** Unzips into the no-Java run image and invokes the bootstrap there; the JVM logs where Main was loaded from. */
    private FunctionProcess.Outcome runInStandIn(Path zip) throws Exception {
        Path task = dir.resolve("task-" + System.nanoTime());
        LocalInvoker.unzip(zip, task);
        return FunctionProcess.invoke(List.of("docker", "run", "--rm", "--network", "host",
                "-e", "AWS_LAMBDA_RUNTIME_API={api}", "-e", "LAMBDA_TASK_ROOT=/var/task",
                "-e", "JAVA_TOOL_OPTIONS=-Xlog:class+load=info:stdout", "-v", task + ":/var/task:ro",
                DockerSupport.RUN_IMAGE, "/var/task/bootstrap"), Map.of(), "{}");
    }

    @Test
    void jdk17ZipIsSelfContainedAndStartsFromItsTrainedCache() throws Exception {
        long since = System.currentTimeMillis() / 1000 - 1;
        PackageResult result = new LambdaPackager(log::add).packageFunction(
                request(dir.resolve("p"), DockerSupport.BUILD_IMAGE_17, 17, null));
        assertEquals(1, DockerSupport.containersCreatedSince(dir, since), "one build container");
        assertTrue(log.stream().anyMatch(l -> l.contains("FunctionRunner: event a.json: RESPONSE")), log::toString);
        assertTrue(log.stream().anyMatch(l -> l.contains("FunctionRunner: event b.json: RESPONSE")), log::toString);
        try (ZipFile zip = ZipFile.builder().setPath(result.zipFile()).get()) {
            assertEquals(0755, zip.getEntry("bootstrap").getUnixMode() & 0777);
            assertEquals(0755, zip.getEntry("jre/bin/java").getUnixMode() & 0777);
            assertEquals(0644, zip.getEntry("jre/lib/modules").getUnixMode() & 0777);
            assertTrue(zip.getEntry("lambda-shim.jsa") != null, "AppCDS archive on JDK 17");
            assertTrue(zip.getEntry("jre/lib/server/classes.jsa") == null, "the trained archive is the only one");
            assertTrue(zip.getEntry("jre/include") == null && zip.getEntry("jre/man") == null);
        }
        FunctionProcess.Outcome outcome = runInStandIn(result.zipFile());
        assertEquals(InvocationResult.Outcome.RESPONSE, outcome.result().outcome(), outcome.output());
        assertEquals("\"Hello, World!\"", outcome.result().bodyAsString());
        // The runtime names itself with the version in its jar's manifest.
        String userAgent = String.valueOf(outcome.userAgent());
        assertTrue(userAgent.matches("lambda-shim/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "User-Agent: " + userAgent);
        // The zip has no other archive, so an application class from one is from the trained one; and the JDK's
        // classes come from it too (one static archive, not a dynamic layer over the JDK's).
        assertTrue(outcome.output().lines()
                        .anyMatch(l -> l.endsWith(" dev.lambdashim.runtime.Main source: shared objects file")),
                "Main comes from the trained static archive:\n" + outcome.output());
        assertTrue(outcome.output().lines().anyMatch(l -> l.endsWith(" java.lang.Object source: shared objects file")),
                outcome.output());
    }

    @Test
    void mavenStoppedMidBuildRemovesItsContainerAndLeavesNoZip() throws Exception {
        Path project = dir.resolve("p");
        TestFunctions.compileHello(project.resolve("classes"));
        Path childLog = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptedBuild.class.getName(), project.toString())
                .redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (DockerSupport.runningContainers(dir).isEmpty()) {
                assertTrue(child.isAlive(), () -> "the build ended before it could be stopped:\n" + read(childLog));
                assertTrue(System.nanoTime() < deadline, () -> "no build container ran:\n" + read(childLog));
                Thread.sleep(200);
            }
        } finally {
            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C's SIGINT
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the stopped build did not exit");
        assertEquals(List.of(), DockerSupport.leftoverContainers(dir), () -> "left behind:\n" + read(childLog));
        try (Stream<Path> files = Files.walk(project)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".zip") || f.toString().endsWith(".partial"))
                    .toList(), "no zip, whole or partial");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void secondBuildOfAnUnchangedFunctionStartsNoContainer() throws Exception {
        PackageRequest request = request(dir.resolve("p"), DockerSupport.BUILD_IMAGE_17, 17, null);
        new LambdaPackager(log::add).packageFunction(request);
        Files.delete(request.zipFile()); // forces a new zip; the runtime itself is unchanged
        long since = System.currentTimeMillis() / 1000;
        Thread.sleep(1100);
        new LambdaPackager(log::add).packageFunction(request);
        assertEquals(0, DockerSupport.containersCreatedSince(dir, since), "no container for an unchanged function");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Java runtime and start-up cache are up to date")),
                log::toString);
        assertTrue(Files.isRegularFile(request.zipFile()));
    }

    @Test
    void jdk25RecordsAnAotCacheThatTheRunImageUses() throws Exception {
        PackageResult result = new LambdaPackager(log::add).packageFunction(
                request(dir.resolve("p"), DockerSupport.BUILD_IMAGE_25, 25, null));
        try (ZipFile zip = ZipFile.builder().setPath(result.zipFile()).get()) {
            assertTrue(zip.getEntry("lambda-shim.aot") != null, "AOT cache on JDK 25");
            assertTrue(zip.getEntry("lambda-shim.jsa") == null);
            assertTrue(zip.getEntry("jre/lib/server/classes.jsa") == null, "the AOT cache is the only archive");
        }
        FunctionProcess.Outcome outcome = runInStandIn(result.zipFile());
        assertEquals("\"Hello, World!\"", outcome.result().bodyAsString(), outcome.output());
        assertTrue(outcome.output().contains("dev.lambdashim.runtime.Main source: shared objects file"),
                "Main comes from the AOT cache:\n" + outcome.output());
    }

    @Test
    void containerWritesAsTheOwnerOfTheBuildDirectoryNotAsRoot() throws Exception {
        PackageRequest request = request(dir.resolve("p"), DockerSupport.BUILD_IMAGE_17, 17, null);
        new LambdaPackager(log::add).packageFunction(request);
        Path stage = request.stageDirectory();
        FileTrees.deleteTree(stage.resolve("jre"));
        Files.delete(stage.resolve("lambda-shim.jsa"));
        // The build directory of a user other than the one running the test (4242, or ours when not root).
        boolean root = "0".equals(DockerBuild.owner(stage).split(":")[0]);
        String owner = root ? "4242:4343" : DockerBuild.owner(stage);
        assertEquals(0, new ProcessBuilder("chown", "-R", owner, stage.toString()).start().waitFor());
        JavaRuntimeRequest runtime = new JavaRuntimeRequest(stage, "example.Hello", List.of("lib/function.jar"),
                null, true, DockerSupport.BUILD_IMAGE_17, 17, Architecture.X86_64, dir.resolve("tools"),
                dir.resolve("runtimes"));
        try (var docker = DockerConnection.connect(null, DockerConnection.BUILD_WITHOUT)) {
            new DockerBuild(docker, log::add).run(runtime, BuildScript.writeScript(dir.resolve("tools")),
                    BuildScript.emulatorClasspath(), Map.of("HANDLER", "example.Hello", "ANALYSE", "lib/function.jar",
                            "EPOCH", "1767225600"));
        }
        for (String written : List.of("jre/bin/java", "jre/lib/modules", "lambda-shim.jsa")) {
            Path file = stage.resolve(written);
            assertEquals(owner, Files.getAttribute(file, "unix:uid") + ":" + Files.getAttribute(file, "unix:gid"),
                    written);
        }
    }

    @Test
    void classesCompiledForANewerJavaFailNamingBothVersions() throws Exception {
        Path project = dir.resolve("newer");
        Path classes = project.resolve("classes");
        Files.createDirectories(classes);
        // Compiled by the JDK 25 image for release 25, packaged for the JDK 17 image.
        Path src = Files.createDirectories(project.resolve("src/example"));
        Files.writeString(src.resolve("Hello.java"), TestFunctions.HELLO.replace("import dev.lambdashim.core.*;", "")
                .replace("implements Handler<Object, String>",
                "").replace("public String handle(Object event, Context context)", "public String handle()"));
        DockerSupport.Result javac = DockerSupport.docker("run", "--rm", "-v", project + ":/p",
                DockerSupport.BUILD_IMAGE_25, "javac", "--release", "25", "-d", "/p/classes", "/p/src/example/Hello.java");
        assertEquals(0, javac.status(), javac.output());
        PackageRequest request = new PackageRequest("example.Hello::shout", "hello", classes, List.of(),
                TestFunctions.runtime(), project, project.resolve("lambda-shim"), Instant.parse("2026-01-01T00:00:00Z"),
                Architecture.X86_64, new JavaRuntimeSettings(true, true, DockerSupport.BUILD_IMAGE_17, 17, null, null));
        String message = assertThrows(LambdaPackagingException.class,
                () -> new LambdaPackager(log::add).packageFunction(request)).getMessage();
        assertTrue(message.startsWith("The runtime build in " + DockerSupport.BUILD_IMAGE_17
                + " failed with exit code 1. Last lines:"), message);
        assertTrue(message.contains("class file version 69.0") && message.contains("up to 61.0"), message);
        assertFalse(Files.exists(request.zipFile()), "no zip after a failed build");
    }

    @Test
    void missingImageThatCannotBePulledIsNamed() throws Exception {
        String message = assertThrows(LambdaPackagingException.class, () -> new LambdaPackager(log::add)
                .packageFunction(request(dir.resolve("p"), "lambda-shim/no-such-image:1", 17, null))).getMessage();
        assertTrue(message.startsWith("Cannot pull the build image lambda-shim/no-such-image:1: "), message);
        assertTrue(message.contains("set <image> (-Dlambda.image)"), message);
    }

    @Test
    void daemonThatDoesNotAnswerIsNamedWithTheWaysOut() throws Exception {
        String message = assertThrows(LambdaPackagingException.class, () -> new LambdaPackager(log::add)
                .packageFunction(request(dir.resolve("p"), DockerSupport.BUILD_IMAGE_17, 17,
                        "unix://" + dir.resolve("no-docker.sock")))).getMessage();
        assertTrue(message.startsWith("No Docker daemon answers at unix://" + dir.resolve("no-docker.sock")), message);
        assertTrue(message.contains("Start Docker") && message.contains("-Dlambda.docker=false"), message);
        assertTrue(message.endsWith("uses this machine's JDK"), message);
    }

    @Test
    void invokeWithoutADaemonNamesRunningOnThisMachineAsTheWayOut() throws Exception {
        Path zip = dir.resolve("f.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("bootstrap"));
            out.write("#!/bin/sh\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        InvokeRequest request = new InvokeRequest(zip, dir.resolve("work"), "f",
                List.of(new InvokeRequest.Event("{}", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))), 1, 1, 3,
                128, Map.of(), true, DockerSupport.RUN_IMAGE, "unix://" + dir.resolve("no-docker.sock"),
                Architecture.X86_64);
        String message = assertThrows(LambdaInvokeException.class, () -> new LocalInvoker(log::add)
                .invoke(request)).getMessage();
        assertTrue(message.startsWith("No Docker daemon answers at unix://" + dir.resolve("no-docker.sock")), message);
        assertTrue(message.endsWith("run without it: -Dlambda.docker=false runs the zip's bootstrap on this machine"),
                message);
    }
}
