package dev.lambdashim.maven.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.platform.Architecture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A layer for another architecture or another Java is refused, naming the POM element to change and the fix. */
class FunctionLayerTest {

    private static final Path ZIP = Path.of("layer.zip");

    private static FunctionLayer layer(Architecture architecture, int java) {
        return new FunctionLayer(ZIP, new LayerDescriptor("0123456789abcdef".repeat(4), java, java + ".0.1",
                architecture, List.of("java.base"), "0.1.0", List.of()));
    }

    @Test
    void theLayersJavaIsTheFunctions() throws Exception {
        assertEquals(21, layer(Architecture.X86_64, 21).check(Architecture.X86_64, null, true, 17));
        assertEquals(21, layer(Architecture.X86_64, 21).check(Architecture.X86_64, 21, false, 21));
    }

    @Test
    void anotherArchitectureIsRefused() {
        String message = assertThrows(LambdaPackagingException.class,
                () -> layer(Architecture.ARM64, 25).check(Architecture.X86_64, null, true, 17)).getMessage();
        assertEquals("The layer layer.zip is for arm64, the function for x86_64: set <architecture>"
                + " (-Dlambda.architecture) to arm64, or give a layer built for x86_64 (lambda:layer"
                + " -Dlambda.architecture=x86_64)", message);
    }

    @Test
    void anotherJavaVersionIsRefused() {
        String message = assertThrows(LambdaPackagingException.class,
                () -> layer(Architecture.X86_64, 25).check(Architecture.X86_64, 21, true, 17)).getMessage();
        assertEquals("<javaVersion> (-Dlambda.javaVersion) is 21, but the layer layer.zip has Java 25: a function"
                + " on a layer runs on the layer's Java, so leave <javaVersion> unset, or give a Java 21 layer",
                message);
    }

    @Test
    void aHostBuildOnAnotherJdkIsRefused() {
        String message = assertThrows(LambdaPackagingException.class,
                () -> layer(Architecture.X86_64, 25).check(Architecture.X86_64, null, false, 17)).getMessage();
        assertEquals("The layer layer.zip has Java 25, and -Dlambda.docker=false records the function's start-up"
                + " cache on the JDK running Maven, Java 17: run Maven on a JDK 25 (JAVA_HOME), or build in Docker"
                + " (drop -Dlambda.docker=false)", message);
    }
}
