package dev.lambdashim.maven.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer's bootstrap (the plugin's own script, run by /bin/sh as Lambda runs it) builds a function's classpath
 * from the function's {@code lambda-shim.classpath}: its jars, then the layer's jars it was packaged to run with
 * (second line), when it was packaged on this very layer; otherwise, and for a zip without that line, all the layer's
 * jars. The layer's {@code java} here prints the arguments it is given.
 */
class LayerBootstrapTest {

    private static final String LAYER_ID = "0123456789abcdef".repeat(4);
    private static final String OTHER_ID = "fedcba9876543210".repeat(4);

    @TempDir
    Path dir;
    private Path opt;
    private Path task;

    @BeforeEach
    void layerAndFunction() throws Exception {
        opt = dir.resolve("opt");
        Path home = opt.resolve("lambda-shim");
        Files.createDirectories(home.resolve("jre/bin"));
        executable(opt.resolve("bootstrap"), LambdaPackager.bootstrapScript());
        executable(home.resolve("jre/bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(home.resolve("classpath"), "lib/runtime.jar:lib/databind.jar:lib/core.jar\n");
        Files.writeString(home.resolve("layer.id"), LAYER_ID + "\n");
        task = dir.resolve("task");
        Files.createDirectories(task);
        Files.writeString(task.resolve("lambda-shim.args"), "-Dlambdashim.handler=example.Hello\n");
        Files.writeString(task.resolve("lambda-shim.aot"), "");
    }

    @Test
    void theFunctionRunsWithTheLayersJarsItWasPackagedWith() throws Exception {
        Files.writeString(task.resolve("lambda-shim.classpath"), "lib/function.jar\nlib/runtime.jar:lib/core.jar\n");
        Files.writeString(task.resolve("lambda-shim.layer"), LAYER_ID + "\n");
        List<String> args = start();
        assertEquals("lib/function.jar:" + jar("runtime") + ":" + jar("core"), classpath(args), args::toString);
        assertTrue(args.contains("-XX:AOTCache=lambda-shim.aot"), args::toString);
    }

    @Test
    void onAnotherBuildOfTheLayerItRunsWithAllTheLayersJars() throws Exception {
        Files.writeString(task.resolve("lambda-shim.classpath"), "lib/function.jar\nlib/runtime.jar:lib/core.jar\n");
        Files.writeString(task.resolve("lambda-shim.layer"), OTHER_ID + "\n");
        List<String> args = start();
        assertEquals("lib/function.jar:" + jar("runtime") + ":" + jar("databind") + ":" + jar("core"),
                classpath(args), args::toString);
        assertFalse(args.contains("-XX:AOTCache=lambda-shim.aot"), args::toString);
    }

    @Test
    void aZipWithoutTheSecondLineRunsWithAllTheLayersJars() throws Exception {
        Files.writeString(task.resolve("lambda-shim.classpath"), "lib/function.jar\n");
        Files.writeString(task.resolve("lambda-shim.layer"), LAYER_ID + "\n");
        List<String> args = start();
        assertEquals("lib/function.jar:" + jar("runtime") + ":" + jar("databind") + ":" + jar("core"),
                classpath(args), args::toString);
        assertTrue(args.contains("-XX:AOTCache=lambda-shim.aot"), args::toString);
    }

    private String jar(String name) {
        return opt.resolve("lambda-shim/lib/" + name + ".jar").toString();
    }

    private static String classpath(List<String> args) {
        int cp = args.indexOf("-cp");
        assertTrue(cp >= 0 && cp + 1 < args.size(), args::toString);
        return args.get(cp + 1);
    }

    /** Runs the layer's bootstrap for the function, as Lambda does, and returns the arguments its java got. */
    private List<String> start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", opt.resolve("bootstrap").toString())
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("LAMBDA_TASK_ROOT", task.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the bootstrap did not end");
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private static void executable(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
