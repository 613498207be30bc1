package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.packaging.ClasspathEntry;
import dev.lambdashim.maven.platform.Architecture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything {@link LayerBuilder} needs to build a layer zip; made by {@code LayerMojo} from the POM.
 *
 * @param layerName the zip's base name: the zip is {@code <outputDirectory>/<layerName>.zip}
 * @param runtime the lambda-shim runtime jars that go under {@code /opt/lambda-shim/lib}
 * @param runtimeVersion the lambda-shim version of those jars
 * @param modules the Java modules to link, besides what the runtime needs
 * @param functionJars jars whose module needs join the layer's (the functions it is for), may be empty
 * @param outputDirectory where the zip goes ({@code target/})
 * @param workDirectory scratch space ({@code target/lambda-shim/})
 * @param outputTimestamp the time stamped on every zip entry
 * @param architecture the target architecture
 * @param javaVersion the Java feature version: 17, 21 or 25
 * @param docker {@code true} to link in a container of {@code image}
 * @param image the build image
 * @param dockerHost the Docker daemon, or {@code null}
 */
public record LayerRequest(String layerName, List<ClasspathEntry> runtime, String runtimeVersion,
        List<String> modules, List<ClasspathEntry> functionJars, Path outputDirectory, Path workDirectory,
        Instant outputTimestamp, Architecture architecture, int javaVersion, boolean docker, String image,
        String dockerHost) {

    public LayerRequest {
        runtime = List.copyOf(runtime);
        modules = List.copyOf(modules);
        functionJars = List.copyOf(functionJars);
    }

    public Path zipFile() {
        return outputDirectory.resolve(layerName + ".zip");
    }

    /** The default name: {@code lambda-shim-java<version>-<architecture>}. */
    public static String defaultName(int javaVersion, Architecture architecture) {
        return "lambda-shim-java" + javaVersion + "-" + architecture.lambdaName();
    }
}
