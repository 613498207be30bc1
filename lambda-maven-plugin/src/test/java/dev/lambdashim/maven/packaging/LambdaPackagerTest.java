package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.testing.TestFunctions;











import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaPackagerTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private PackageRequest request(Path project, String handler) {
        return new PackageRequest(handler, "hello", project.resolve("classes"), List.of(), TestFunctions.runtime(),
                project, project.resolve("lambda-shim"), Instant.parse("2026-01-01T00:00:00Z"), Architecture.X86_64,
                JavaRuntimeSettings.NONE);
    }

    private PackageResult packageHello(Path project, String handler) throws Exception {
        TestFunctions.compileHello(project.resolve("classes"));
        return new LambdaPackager(log::add).packageFunction(request(project, handler));
    }

    @Test
    void aFunctionOverLambdasUnzippedLimitIsRefusedNamingItsBiggestEntriesAndNoZipIsWritten() throws Exception {
        TestFunctions.compileHello(dir.resolve("classes"));
        Path big = Files.createDirectories(dir.resolve("repo")).resolve("big-1.jar");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(UnzippedSize.LIMIT - 1000); // sparse: no disk used; with the rest, just over the limit
        }
        PackageRequest request = new PackageRequest("example.Hello", "hello", dir.resolve("classes"),
                List.of(new ClasspathEntry("com.example", "big", "1", null, big)), TestFunctions.runtime(), dir,
                dir.resolve("lambda-shim"), Instant.parse("2026-01-01T00:00:00Z"), Architecture.X86_64,
                JavaRuntimeSettings.NONE);
        String message = assertThrows(LambdaPackagingException.class,
                () -> new LambdaPackager(log::add).packageFunction(request)).getMessage();
        assertTrue(message.matches("hello\\.zip would be 26\\d\\.\\d MB unzipped, over Lambda's limit of 262\\.1 MB"
                + " \\(function and layers together\\), so it is not written\\. The biggest entries:"
                + " lib/com\\.example\\.big-1\\.jar 262\\.1 MB, lib/\\S+ [0-9.]+ MB, .*"), message);
        assertEquals(5, message.split(" MB, | MB\\. ").length - 1, "five entries named: " + message);
        assertFalse(Files.exists(request.zipFile()), "no zip");
        assertFalse(Files.exists(request.zipFile().resolveSibling("hello.zip.partial")), "no partial zip");
    }

    @Test
    void zipHasTheBootstrapTheRuntimeAndTheFunction() throws Exception {
        PackageResult result = packageHello(dir, "example.Hello");
        assertFalse(result.upToDate());
        try (ZipFile zip = ZipFile.builder().setPath(result.zipFile()).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            ZipArchiveEntry bootstrap = zip.getEntry("bootstrap");
            assertEquals(0755, bootstrap.getUnixMode() & 0777);
            assertEquals(ZipArchiveEntry.PLATFORM_UNIX, bootstrap.getPlatform(), "made by Unix");
            assertTrue(!bootstrap.isDirectory() && (bootstrap.getUnixMode() & 0170000) == 0100000, "a regular file");
            assertTrue(new String(zip.getInputStream(bootstrap).readAllBytes(), StandardCharsets.UTF_8)
                    .startsWith("#!/bin/sh"));
            String args = new String(zip.getInputStream(zip.getEntry("lambda-shim.args")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(args.startsWith("-cp lib/function.jar:lib/"), args);
            assertTrue(args.contains("\n-Dlambdashim.handler=example.Hello\n"), args);
            for (String lib : args.substring(4, args.indexOf('\n')).split(":")) {
                assertTrue(zip.getEntry(lib) != null, "classpath entry " + lib + " is in the zip");
            }
            assertTrue(entries.stream().anyMatch(e -> e.getName().matches("lib/dev\\.lambdashim\\.lambda-runtime-.*\\.jar")));
            assertTrue(entries.stream().anyMatch(e -> e.getName().matches("lib/com\\.fasterxml\\.jackson\\.jackson-databind-.*\\.jar")));
            for (ZipArchiveEntry entry : entries) {
                if (!entry.isDirectory() && !entry.getName().equals("bootstrap")) {
                    assertEquals(0644, entry.getUnixMode() & 0777, entry.getName());
                }
                assertEquals(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli() / 2000,
                        entry.getLastModifiedTime().toMillis() / 2000, entry.getName() + " time");
                for (ZipExtraField extra : entry.getExtraFields()) {
                    // 0x7875 Info-ZIP Unix uid/gid, 0x7855 Info-ZIP Unix (older): none, so no build user leaks in
                    assertFalse(extra.getHeaderId().getValue() == 0x7875 || extra.getHeaderId().getValue() == 0x7855,
                            entry.getName() + " has uid/gid extra");
                }
            }
        }
        // The function's own jar holds its classes.
        try (ZipFile jar = ZipFile.builder().setPath(dir.resolve("lambda-shim/stage/hello/lib/function.jar")).get()) {
            assertTrue(jar.getEntry("example/Hello.class") != null);
        }
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() throws Exception {
        PackageResult first = packageHello(dir.resolve("one"), "example.Hello");
        Thread.sleep(1100); // different file times on the second compile
        PackageResult second = packageHello(dir.resolve("two"), "example.Hello");
        assertArrayEquals(Files.readAllBytes(first.zipFile()), Files.readAllBytes(second.zipFile()));
    }

    @Test
    void unchangedProjectIsNotRezippedButAChangedOneIs() throws Exception {
        PackageResult first = packageHello(dir, "example.Hello");
        FileTime written = Files.getLastModifiedTime(first.zipFile());
        PackageResult again = new LambdaPackager(log::add).packageFunction(request(dir, "example.Hello"));
        assertTrue(again.upToDate());
        assertEquals(written, Files.getLastModifiedTime(again.zipFile()));
        assertTrue(log.contains(first.zipFile() + " is up to date"), log.toString());

        PackageResult changed = new LambdaPackager(log::add).packageFunction(request(dir, "example.Hello::shout"));
        assertFalse(changed.upToDate());
        try (ZipFile zip = ZipFile.builder().setPath(changed.zipFile()).get()) {
            assertTrue(new String(zip.getInputStream(zip.getEntry("lambda-shim.args")).readAllBytes(),
                    StandardCharsets.UTF_8).contains("-Dlambdashim.handler=example.Hello::shout"));
        }
    }

    @Test
    void missingHandlerClassFailsBeforeAnythingIsWritten() throws Exception {
        TestFunctions.compileHello(dir.resolve("classes"));
        LambdaPackagingException e = assertThrows(LambdaPackagingException.class,
                () -> new LambdaPackager(log::add).packageFunction(request(dir, "example.Missing")));
        assertTrue(e.getMessage().startsWith("<handler> (-Dlambda.handler) 'example.Missing' is not usable: handler"
                + " class example.Missing was not found on the classpath"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("hello.zip")));
        assertFalse(Files.exists(dir.resolve("lambda-shim")));
    }

    @Test
    void methodOfAnUnacceptedShapeListsShapesAndPublicMethods() throws Exception {
        TestFunctions.compileHello(dir.resolve("classes"));
        String message = assertThrows(LambdaPackagingException.class, () -> new LambdaPackager(log::add)
                .packageFunction(request(dir, "example.Hello::tooMany"))).getMessage();
        assertTrue(message.contains("has no accepted parameter list: found tooMany(String, String, String);"
                + " accepted shapes: (InputStream, ResponseStream, Context) to stream, (InputStream, OutputStream,"
                + " Context)"), message);
        String missing = assertThrows(LambdaPackagingException.class, () -> new LambdaPackager(log::add)
                .packageFunction(request(dir, "example.Hello::nope"))).getMessage();
        assertTrue(missing.contains("example.Hello::nope does not exist; public methods of example.Hello: "
                + "handle(Object, Context), shout(String), tooMany(String, String, String)"), missing);
    }

    @Test
    void failedZipLeavesNoPartialFileBehind() throws Exception {
        TestFunctions.compileHello(dir.resolve("classes"));
        // The zip's place is taken by a non-empty directory: the complete hello.zip.partial cannot be moved there,
        // so the failure comes after the partial zip was written, which is what the clean-up is for.
        Path taken = dir.resolve("hello.zip");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("keep"), "not ours");
        String message = assertThrows(LambdaPackagingException.class,
                () -> new LambdaPackager(log::add).packageFunction(request(dir, "example.Hello"))).getMessage();
        assertTrue(message.startsWith("could not write " + taken), message);
        assertFalse(Files.exists(dir.resolve("hello.zip.partial")), "the partial zip is removed");
        assertEquals("not ours", Files.readString(taken.resolve("keep")));
    }

    @Test
    void sizesNearLambdasLimitsAreWarnedAbout() throws Exception {
        TestFunctions.compileHello(dir.resolve("classes"));
        Path big = dir.resolve("big.jar");
        // Incompressible bytes: over the direct-upload limit once zipped.
        byte[] chunk = new byte[1 << 20];
        new java.util.Random(1).nextBytes(chunk);
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 51; i++) {
                out.write(chunk);
                chunk[i] ^= 1;
            }
        }
        PackageRequest good = request(dir, "example.Hello");
        List<ClasspathEntry> deps = List.of(new ClasspathEntry("x", "big", "1", null, big));
        PackageResult result = new LambdaPackager(log::add).packageFunction(new PackageRequest(good.handler(),
                good.packageName(), good.classesDirectory(), deps, good.runtime(), good.outputDirectory(),
                good.workDirectory(), good.outputTimestamp(), good.architecture(), JavaRuntimeSettings.NONE));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("over the 52.4 MB Lambda accepts in a direct upload"));
    }

    @Test
    void architectureParsing() throws Exception {
        assertEquals(Architecture.ARM64, Architecture.parse("arm64"));
        assertEquals(Architecture.X86_64, Architecture.parse(" x86_64 "));
        assertTrue(assertThrows(LambdaShimException.class, () -> Architecture.parse("sparc")).getMessage()
                .startsWith("<architecture> (-Dlambda.architecture) is 'sparc'"));
    }

}
