package dev.lambdashim.maven.layerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdashim.maven.error.LambdaPackagingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <layer>} as a path or as coordinates: each wrong value is refused before anything is resolved, naming
 * {@code <layer>} and the fix. (Coordinates that do not resolve are it/layer-refusals', through a real build.)
 */
class LayerReferenceTest {

    @TempDir
    Path project;

    private String refusal(String value) {
        // No repository system: every refusal here comes before resolution.
        return assertThrows(LambdaPackagingException.class,
                () -> LayerReference.resolve(value, project, null, null, List.of())).getMessage();
    }

    @Test
    void pathsAndCoordinatesAreToldApart() {
        assertTrue(LayerReference.isCoordinates("example:layer:1.0"));
        assertTrue(LayerReference.isCoordinates("example:layer:1.0:layer-arm64"));
        assertFalse(LayerReference.isCoordinates("../layer/target/lambda-shim-java25-x86_64.zip"));
        assertFalse(LayerReference.isCoordinates("C:\\layers\\layer.zip"));
        assertFalse(LayerReference.isCoordinates("odd:name.zip"));
    }

    @Test
    void aPathIsResolvedAgainstTheProject() throws Exception {
        Path layers = Files.createDirectories(project.resolve("layers"));
        Path zip = Files.writeString(layers.resolve("layer.zip"), "zip");
        assertEquals(zip, LayerReference.resolve(" layers/../layers/layer.zip ", project, null, null, List.of()));
    }

    @Test
    void noLayerIsRefused() {
        for (String value : new String[] {null, "", "  "}) {
            String message = refusal(value);
            assertTrue(message.startsWith("<runtime>layer</runtime> needs the layer: set <layer> (-Dlambda.layer) to"
                    + " the layer zip that lambda:layer wrote"), message);
        }
    }

    @Test
    void aMissingZipIsRefusedNamingThePath() {
        String message = refusal("no/such/layer.zip");
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) is no/such/layer.zip, but there is no "
                + project.resolve("no/such/layer.zip") + ": build the layer first"), message);
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        Files.createDirectories(project.resolve("target"));
        String message = refusal("target");
        assertTrue(message.startsWith("<layer> (-Dlambda.layer) is target, which is the directory "
                + project.resolve("target") + ": give the layer zip itself"), message);
    }

    @Test
    void malformedCoordinatesAreRefused() {
        for (String value : List.of("example:layer", "example::1.0", "a:b:c:d:e", "example:layer:1.0:")) {
            String message = refusal(value);
            assertTrue(message.equals("<layer> (-Dlambda.layer) is " + value + ": give a path to the layer zip, or"
                    + " Maven coordinates groupId:artifactId:version[:classifier]"), message);
        }
    }
}
