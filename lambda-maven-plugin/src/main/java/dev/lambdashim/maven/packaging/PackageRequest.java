package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.platform.Architecture;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything {@link LambdaPackager} needs to build a function's zip; made by the mojo from the POM.
 *
 * @param handler the handler, {@code pkg.Class} or {@code pkg.Class::method}
 * @param packageName the zip's base name: the zip is {@code <outputDirectory>/<packageName>.zip}
 * @param classesDirectory the function's compiled classes and resources
 * @param dependencies the function's runtime-scope dependencies
 * @param runtime the lambda-shim runtime and its dependencies
 * @param outputDirectory where the zip goes ({@code target/})
 * @param workDirectory scratch space for generated files ({@code target/lambda-shim/})
 * @param outputTimestamp the time stamped on every zip entry
 * @param architecture the target architecture
 * @param java how the zip gets its Java runtime
 * @param layer the lambda-shim layer the function runs on, or {@code null} for a zip with its own Java runtime
 */
public record PackageRequest(String handler, String packageName, Path classesDirectory,
        List<ClasspathEntry> dependencies, List<ClasspathEntry> runtime, Path outputDirectory, Path workDirectory,
        Instant outputTimestamp, Architecture architecture, JavaRuntimeSettings java, FunctionLayer layer) {

    public PackageRequest {
        dependencies = List.copyOf(dependencies);
        runtime = List.copyOf(runtime);
    }

    /** A function with its Java runtime in its own zip (or none, {@link JavaRuntimeSettings#NONE}). */
    public PackageRequest(String handler, String packageName, Path classesDirectory, List<ClasspathEntry> dependencies,
            List<ClasspathEntry> runtime, Path outputDirectory, Path workDirectory, Instant outputTimestamp,
            Architecture architecture, JavaRuntimeSettings java) {
        this(handler, packageName, classesDirectory, dependencies, runtime, outputDirectory, workDirectory,
                outputTimestamp, architecture, java, null);
    }

    /**
     * Where {@code lambda:package} notes the layer zip the function was packaged on, so that {@code lambda:invoke}
     * runs it on the same one.
     */
    public static Path layerNote(Path workDirectory, String packageName) {
        return workDirectory.resolve(packageName + ".layer");
    }

    public Path zipFile() {
        return outputDirectory.resolve(packageName + ".zip");
    }

    /** Where the zip's contents are laid out: one directory per zip, so several functions never share one. */
    public Path stageDirectory() {
        return workDirectory.resolve("stage").resolve(packageName);
    }
}
