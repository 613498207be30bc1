package dev.lambdashim.maven.packaging;

import static dev.lambdashim.maven.packaging.TestJars.jar;
import static dev.lambdashim.maven.packaging.TestJars.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.platform.Architecture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a function on a layer carries in its zip, in classpath order (the layer's bootstrap puts these jars before the
 * layer's): its own libraries, a shared one only when the function's is newer, and AWS's handler API and
 * serialization library at the runtime's versions, first, whatever core the function pins, as in a bundled zip.
 */
class LayerClasspathTest {

    private static final LayerDescriptor LAYER = new LayerDescriptor("0123456789abcdef".repeat(4), 17, "17.0.14",
            Architecture.X86_64, List.of("java.base"), "0.1.0", List.of(
                    new LayerDescriptor.Jar("dev.lambdashim", "lambda-runtime", "0.1.0", "",
                            "lib/dev.lambdashim.lambda-runtime-0.1.0.jar"),
                    new LayerDescriptor.Jar("dev.lambdashim", "lambda-core", "0.1.0", "",
                            "lib/dev.lambdashim.lambda-core-0.1.0.jar"),
                    new LayerDescriptor.Jar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0", "",
                            "lib/com.fasterxml.jackson.core.jackson-databind-2.21.0.jar")));

    /** What lambda:package resolves for a function on aws-lambda-java-core (the layer carries the first three). */
    private static final List<ClasspathEntry> RUNTIME = List.of(
            jar("dev.lambdashim", "lambda-runtime", "0.1.0"),
            jar("dev.lambdashim", "lambda-core", "0.1.0"),
            jar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0"),
            jar("com.amazonaws", "aws-lambda-java-core", "1.4.0"),
            jar("com.amazonaws", "aws-lambda-java-serialization", "1.2.0"));

    @Test
    void anOldAwsCoreGivesWayToTheRuntimesAheadOfTheFunctionsJars() {
        for (String old : List.of("1.0.0", "1.2.1", "1.2.3")) {
            List<String> log = new ArrayList<>();
            List<ClasspathEntry> own = LayerClasspath.ownJars(List.of(jar("example", "orders-lib", "1.0"),
                    jar("com.amazonaws", "aws-lambda-java-core", old)), RUNTIME, LAYER, log::add);
            assertEquals(List.of("aws-lambda-java-core-1.4.0", "aws-lambda-java-serialization-1.2.0",
                    "orders-lib-1.0"), names(own));
            assertTrue(log.contains("com.amazonaws:aws-lambda-java-core: the function uses " + old + ", AWS's"
                    + " runtime 1.4.0; packaging 1.4.0 ahead of the function's jars, as AWS's runtime loads its own"),
                    log.toString());
        }
    }

    @Test
    void theZipsClassPathPutsAwsFirstThenTheFunction() {
        List<ClasspathEntry> own = LayerClasspath.ownJars(List.of(jar("com.amazonaws", "aws-lambda-java-core",
                "1.2.3")), RUNTIME, LAYER, line -> { });
        // lambda-shim.classpath, which the layer's bootstrap puts ahead of the layer's own jars.
        assertEquals("lib/com.amazonaws.aws-lambda-java-core-1.4.0.jar:"
                + "lib/com.amazonaws.aws-lambda-java-serialization-1.2.0.jar:lib/function.jar",
                LambdaPackager.classPath(own));
    }

    @Test
    void sharedLibrariesComeFromTheLayerUnlessTheFunctionsIsNewer() {
        List<String> log = new ArrayList<>();
        List<ClasspathEntry> own = LayerClasspath.ownJars(List.of(
                jar("com.fasterxml.jackson.core", "jackson-databind", "2.22.0"),
                jar("dev.lambdashim", "lambda-core", "0.0.9"),
                jar("dev.lambdashim", "lambda-runtime", "0.1.0")), RUNTIME.subList(0, 3), LAYER, log::add);
        assertEquals(List.of("jackson-databind-2.22.0"), names(own));
        assertEquals(List.of("com.fasterxml.jackson.core:jackson-databind: the function uses 2.22.0, the layer has"
                        + " 2.21.0; the function's goes into its zip, ahead of the layer's",
                "dev.lambdashim:lambda-core: the function uses 0.0.9, the layer has 0.1.0; the function runs on the"
                        + " layer's"), log);
    }

    @Test
    void aFunctionWithoutAwsCoreCarriesNoAwsJars() {
        List<ClasspathEntry> own = LayerClasspath.ownJars(List.of(jar("example", "orders-lib", "1.0")),
                RUNTIME.subList(0, 3), LAYER, line -> { });
        assertEquals(List.of("orders-lib-1.0"), names(own));
    }

    @Test
    void theLayersJarsAreWhereTheLayerIsUnpacked() {
        Path opt = Path.of("/work/layers/abc");
        List<ClasspathEntry> jars = LayerClasspath.layerJars(LAYER, opt);
        assertEquals(List.of("lambda-runtime-0.1.0", "lambda-core-0.1.0", "jackson-databind-2.21.0"), names(jars));
        for (ClasspathEntry jar : jars) {
            assertTrue(jar.file().startsWith(opt.resolve("lambda-shim/lib")), jar.file().toString());
            assertEquals(null, jar.classifier());
        }
    }

    /** A layer as lambda:layer builds it: lambda-shim's runtime, Jackson, databind and its modules. */
    private static final LayerDescriptor FULL_LAYER = new LayerDescriptor("0123456789abcdef".repeat(4), 25, "25.0.3",
            Architecture.X86_64, List.of("java.base"), "0.1.0", List.of(
                    layerJar("dev.lambdashim", "lambda-runtime", "0.1.0"),
                    layerJar("dev.lambdashim", "lambda-core", "0.1.0"),
                    layerJar("com.fasterxml.jackson.core", "jackson-databind", "2.21.0"),
                    layerJar("com.fasterxml.jackson.core", "jackson-annotations", "2.21"),
                    layerJar("com.fasterxml.jackson.core", "jackson-core", "2.21.0"),
                    layerJar("com.fasterxml.jackson.datatype", "jackson-datatype-jdk8", "2.21.0"),
                    layerJar("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "2.21.0")));

    private static LayerDescriptor.Jar layerJar(String group, String artifact, String version) {
        return new LayerDescriptor.Jar(group, artifact, version, "", "lib/" + group + "." + artifact + "-" + version
                + ".jar");
    }

    @Test
    void aHandlerThatNeverNeedsDatabindRunsWithoutTheLayersDatabindJars() {
        assertEquals(List.of("lib/dev.lambdashim.lambda-runtime-0.1.0.jar", "lib/dev.lambdashim.lambda-core-0.1.0.jar",
                "lib/com.fasterxml.jackson.core.jackson-core-2.21.0.jar"),
                LayerClasspath.layerJarsUsed(FULL_LAYER, List.of(jar("example", "orders-lib", "1.0")), false));
    }

    @Test
    void aTypedHandlerRunsWithAllTheLayersJarsInTheLayersOrder() {
        assertEquals(FULL_LAYER.jars().stream().map(LayerDescriptor.Jar::path).toList(),
                LayerClasspath.layerJarsUsed(FULL_LAYER, List.of(jar("example", "orders-lib", "1.0")), true));
    }

    @Test
    void aDatabindJarTheFunctionDependsOnItselfStaysAsInABundledZip() {
        // lambda-events depends on jackson-annotations: a bundled zip keeps it, and so does the function on a layer.
        assertEquals(List.of("lib/dev.lambdashim.lambda-runtime-0.1.0.jar", "lib/dev.lambdashim.lambda-core-0.1.0.jar",
                "lib/com.fasterxml.jackson.core.jackson-annotations-2.21.jar",
                "lib/com.fasterxml.jackson.core.jackson-core-2.21.0.jar"),
                LayerClasspath.layerJarsUsed(FULL_LAYER, List.of(jar("dev.lambdashim", "lambda-events", "0.1.0"),
                        jar("com.fasterxml.jackson.core", "jackson-annotations", "2.21")), false));
    }
}
