package dev.lambdashim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module analysis of the build, on jars made here: a modular jar whose required module is absent. */
class ModuleNeedsTest {

    @TempDir
    Path dir;

    /** A jar of lib.Audit (java.sql), modular (requires a module nowhere to be found) and multi-release. */
    private Path modularJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/lib"));
        Files.writeString(src.resolve("Audit.java"),
                "package lib; public class Audit { public Object at() { return new java.sql.Timestamp(0L); } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), src.resolve("Audit.java").toString());
        assertEquals(0, status);
        Path jar = dir.resolve("lib.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("lib/Audit.class"));
            out.write(Files.readAllBytes(classes.resolve("lib/Audit.class")));
            // A descriptor requiring a module that is not there: jdeps, given the jar as a module, stops on it.
            out.putNextEntry(new JarEntry("META-INF/versions/9/module-info.class"));
            out.write(descriptorRequiringAbsentModule());
        }
        return jar;
    }

    private byte[] descriptorRequiringAbsentModule() throws IOException {
        Path src = Files.createDirectories(dir.resolve("desc/lib"));
        Files.writeString(src.resolve("Audit.java"), "package lib; public class Audit { }");
        Files.writeString(src.getParent().resolve("module-info.java"),
                "module lib { requires com.fasterxml.jackson.core; exports lib; }");
        Path stub = Files.createDirectories(dir.resolve("desc-stub"));
        Files.writeString(stub.resolve("module-info.java"), "module com.fasterxml.jackson.core { }");
        Path out = dir.resolve("desc-classes/com.fasterxml.jackson.core");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                out.toString(), stub.resolve("module-info.java").toString());
        assertEquals(0, status);
        status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-p",
                out.toString(), "-d", dir.resolve("desc-out").toString(),
                src.getParent().resolve("module-info.java").toString(), src.resolve("Audit.java").toString());
        assertEquals(0, status);
        return Files.readAllBytes(dir.resolve("desc-out/module-info.class"));
    }

    @Test
    void aModularMultiReleaseJarIsAnalysedAsOnTheClassPath() throws Exception {
        Path jar = modularJar();
        assertEquals("java.base,java.sql", ModuleNeeds.modules("17", jar.toString(), List.of(jar.toString())));
    }

    @Test
    void aFailureOfJdepsIsAFailureNeverAModuleList() {
        Path missing = dir.resolve("no-such.jar");
        ModuleNeeds.AnalysisException e = assertThrows(ModuleNeeds.AnalysisException.class,
                () -> ModuleNeeds.modules("17", missing.toString(), List.of(missing.toString())));
        assertTrue(e.getMessage().startsWith("jdeps exited with status "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such.jar"), e.getMessage());
    }

    /** A jar of one class, compiled from the source given. */
    private Path jarOf(String name, String source) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/lib"));
        Files.writeString(src.resolve("Store.java"), source);
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), src.resolve("Store.java").toString()));
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("lib/Store.class"));
            out.write(Files.readAllBytes(classes.resolve("lib/Store.class")));
        }
        return jar;
    }

    @Test
    void aJarThatOpensAFileSystemGetsTheJarFileSystemProvider() throws Exception {
        // As Micronaut reads its metadata: jdeps sees java.base only; the provider is found at run time.
        Path jar = jarOf("opens", "package lib; public class Store { public Object open(java.nio.file.Path p)"
                + " throws java.io.IOException { return java.nio.file.FileSystems.newFileSystem(p); } }");
        assertEquals("java.base,jdk.zipfs", ModuleNeeds.modules("17", jar.toString(), List.of(jar.toString())));
    }

    @Test
    void aJarThatOpensNoFileSystemGetsNoProvider() throws Exception {
        Path jar = jarOf("reads", "package lib; public class Store { public Object read(java.nio.file.Path p)"
                + " throws java.io.IOException { return java.nio.file.Files.readString(p); } }");
        assertEquals("java.base", ModuleNeeds.modules("17", jar.toString(), List.of(jar.toString())));
    }
}
