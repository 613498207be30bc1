package dev.lambdashim.maven.layerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layer's descriptor comes from a zip that may come from anywhere: every value is checked before a function is
 * built on it, and each refusal names {@code <layer>}, the zip and the fix.
 */
class LayerDescriptorTest {

    static final String ID = "0123456789abcdef".repeat(4);

    static LayerDescriptor valid() {
        return new LayerDescriptor(ID, 17, "17.0.14", Architecture.X86_64, List.of("java.base", "java.logging"),
                "0.1.0", List.of(new LayerDescriptor.Jar("dev.lambdashim", "lambda-runtime", "0.1.0", "",
                        "lib/dev.lambdashim.lambda-runtime-0.1.0.jar"),
                        new LayerDescriptor.Jar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0", "",
                                "lib/com.fasterxml.jackson.core.jackson-databind-2.21.0.jar")));
    }

    @TempDir
    Path dir;

    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    private String refusal(String properties) {
        return assertThrows(LambdaPackagingException.class,
                () -> LayerDescriptor.parse(properties, Path.of("layer.zip"), "../layer/layer.zip")).getMessage();
    }

    private static void assertNamesLayerAndFix(String message) {
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) ../layer/layer.zip is layer.zip"), message);
        assertTrue(message.contains("build the layer again with lambda:layer"), message);
    }

    @Test
    void writtenAndReadBackTheSame() throws Exception {
        Path zip = zip("layer.zip", LayerDescriptor.PROPERTIES, valid().toProperties());
        assertEquals(valid(), LayerDescriptor.read(zip, "layer.zip"));
        assertEquals("0.1.0", valid().versionOf("dev.lambdashim:lambda-runtime"));
    }

    @Test
    void aJarPathLeadingOutOfTheLayerIsRefused() {
        for (String path : List.of("lib/../../../etc/passwd.jar", "../lib/x.jar", "/opt/other/x.jar",
                "lib/sub/x.jar", "lib/x.jar:/tmp/evil.jar", "lib/.hidden.jar", "lib/x.class")) {
            String properties = valid().toProperties().replace("lib/dev.lambdashim.lambda-runtime-0.1.0.jar", path);
            String message = refusal(properties);
            assertNamesLayerAndFix(message);
            assertTrue(message.contains("lambda-shim/layer.properties is damaged"), message);
            assertTrue(message.contains(path), message);
        }
    }

    @Test
    void anIdThatIsNotADigestIsRefused() {
        // The id names the directory the layer is unpacked into: it may not lead elsewhere.
        for (String id : List.of("../../outside", "ABC", ID + "0", ID.replace('a', '/'))) {
            String message = refusal(valid().toProperties().replace(ID, id));
            assertNamesLayerAndFix(message);
            assertTrue(message.contains("is not a SHA-256 digest"), message);
        }
    }

    @Test
    void aWrongJavaVersionOrArchitectureIsRefused() {
        String message = refusal(valid().toProperties().replace("javaVersion=17", "javaVersion=seventeen"));
        assertNamesLayerAndFix(message);
        assertTrue(message.contains("javaVersion 'seventeen' is not a Java feature version"), message);

        message = refusal(valid().toProperties().replace("architecture=x86_64", "architecture=sparc"));
        assertNamesLayerAndFix(message);
        assertTrue(message.contains("architecture 'sparc' is neither x86_64 nor arm64"), message);
        assertTrue(!message.contains("<architecture>"), "the layer's, not the function's: " + message);
    }

    @Test
    void missingOrMalformedEntriesAreRefused() {
        assertTrue(refusal(valid().toProperties().replaceAll("(?m)^modules=.*$", "")).contains("(no modules)"));
        assertTrue(refusal(valid().toProperties().replaceAll("(?m)^id=.*$", "")).contains("(no id)"));
        String message = refusal(valid().toProperties().replace("java.base,java.logging", "java.base,not a module"));
        assertNamesLayerAndFix(message);
        assertTrue(message.contains("'not a module', not a Java module name"), message);
        message = refusal(valid().toProperties().replaceAll("(?m)^jars=.*$", "jars=only:two"));
        assertNamesLayerAndFix(message);
        assertTrue(message.contains("jars holds 'only:two', not groupId:artifactId:version:classifier:path"),
                message);
    }

    @Test
    void aMissingFileOrADirectoryIsNamed() throws Exception {
        String message = assertThrows(LambdaPackagingException.class,
                () -> LayerDescriptor.read(dir.resolve("gone.zip"), "gone.zip")).getMessage();
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) gone.zip is " + dir.resolve("gone.zip")
                + ", which does not exist: give the zip that lambda:layer wrote"), message);
        message = assertThrows(LambdaPackagingException.class, () -> LayerDescriptor.read(dir, "target")).getMessage();
        assertTrue(message.contains(", which is a directory: give the zip that lambda:layer wrote"), message);
    }

    @Test
    void aZipThatIsNoLayerOrNoZipIsNamed() throws Exception {
        Path function = zip("function.zip", "bootstrap", "#!/bin/sh\n");
        String message = assertThrows(LambdaPackagingException.class,
                () -> LayerDescriptor.read(function, "function.zip")).getMessage();
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) function.zip is " + function + ", which is not a"
                + " lambda-shim layer (it has no lambda-shim/layer.properties): give the zip that lambda:layer wrote"),
                message);

        Path text = Files.writeString(dir.resolve("text.zip"), "not a zip at all");
        message = assertThrows(LambdaPackagingException.class, () -> LayerDescriptor.read(text, "text.zip"))
                .getMessage();
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) text.zip is " + text + ", which cannot be read as a"
                + " zip"), message);
        assertTrue(message.contains("build the layer again with lambda:layer"), message);
    }
}
