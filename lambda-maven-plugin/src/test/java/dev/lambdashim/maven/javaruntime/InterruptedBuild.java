package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.testing.DockerSupport;
import dev.lambdashim.maven.testing.TestFunctions;

import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.packaging.LambdaPackager;
import dev.lambdashim.maven.packaging.PackageRequest;
import dev.lambdashim.maven.platform.Architecture;






import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The main of a child JVM that {@link DockerRuntimeBuildTest} stops mid-build, as Ctrl-C stops Maven: one Docker
 * build of the compiled function in {@code args[0]}, on the JDK 17 stand-in image.
 */
final class InterruptedBuild {

    private InterruptedBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        PackageRequest request = new PackageRequest("example.Hello", "hello", project.resolve("classes"), List.of(),
                TestFunctions.runtime(), project, project.resolve("lambda-shim"), Instant.parse("2026-01-01T00:00:00Z"),
                Architecture.X86_64, new JavaRuntimeSettings(true, true, DockerSupport.BUILD_IMAGE_17, 17, null, null));
        new LambdaPackager(System.out::println).packageFunction(request);
    }
}
