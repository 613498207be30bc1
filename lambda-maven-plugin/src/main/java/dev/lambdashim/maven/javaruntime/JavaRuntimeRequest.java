package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.platform.Architecture;

import java.nio.file.Path;
import java.util.List;

/**
 * What the runtime build needs: the staged function and where and how to build its Java runtime.
 *
 * @param taskRoot the staged function (bootstrap, lambda-shim.args, lib/), laid out as Lambda's /var/task
 * @param handler the handler, checked again on the target JDK
 * @param analysedJars the jars under {@code lib/} whose module needs count (the function's, not the runtime's)
 * @param eventsDirectory sample events ({@code *.json}) for the training run, or {@code null} for one {@code {}}
 * @param docker {@code true} to build in a container, {@code false} on this machine's JDK
 * @param image the build image (a JDK on the target OS), used with Docker
 * @param javaVersion the Java feature version asked for (17, 21 or 25)
 * @param architecture the target architecture
 * @param toolsDirectory where the build script is written (mounted read-only in the container)
 * @param cacheDirectory where built runtimes are kept, one folder per cache key
 * @param layerDirectory for a function on a lambda-shim layer, the layer unpacked (what Lambda puts at {@code /opt}):
 *     no runtime is linked, the function's modules are checked against the layer's and its cache is recorded on the
 *     layer's runtime; {@code null} for a bundled function
 */
public record JavaRuntimeRequest(Path taskRoot, String handler, List<String> analysedJars, Path eventsDirectory,
        boolean docker, String image, int javaVersion, Architecture architecture, Path toolsDirectory,
        Path cacheDirectory, Path layerDirectory) {

    public JavaRuntimeRequest {
        analysedJars = List.copyOf(analysedJars);
    }

    /** A bundled function's request: its own runtime. */
    public JavaRuntimeRequest(Path taskRoot, String handler, List<String> analysedJars, Path eventsDirectory,
            boolean docker, String image, int javaVersion, Architecture architecture, Path toolsDirectory,
            Path cacheDirectory) {
        this(taskRoot, handler, analysedJars, eventsDirectory, docker, image, javaVersion, architecture,
                toolsDirectory, cacheDirectory, null);
    }
}
