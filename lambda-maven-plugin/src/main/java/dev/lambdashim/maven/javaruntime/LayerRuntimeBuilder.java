package dev.lambdashim.maven.javaruntime;

import com.github.dockerjava.api.DockerClient;
import dev.lambdashim.maven.docker.DockerConnection;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Links a lambda-shim layer's Java runtime ({@code opt/lambda-shim/jre}) with {@code build-layer.sh}, in a container
 * of the build image or on this machine's JDK, as a function's own runtime is linked, and checks it as a function's
 * is (every native file for the architecture, no debug info, the glibc it needs).
 */
public final class LayerRuntimeBuilder {

    static final String SCRIPT = "build-layer.sh";

    private final Consumer<String> log;
    private final String dockerHost;

    /** @param dockerHost the Docker daemon to use instead of the environment's, or {@code null} */
    public LayerRuntimeBuilder(Consumer<String> log, String dockerHost) {
        this.log = log;
        this.dockerHost = dockerHost;
    }

    /** Refuses, before anything is staged, a build image or host JDK that cannot link for the architecture. */
    public void checkTarget(boolean docker, String image, Architecture architecture) throws LambdaPackagingException {
        new JavaRuntimeBuilder(log, dockerHost).checkTarget(new JavaRuntimeSettings(true, docker, image, 0, null,
                dockerHost), architecture);
    }

    /**
     * @param work the layer's work directory: {@code opt/} (the staged layer, with {@code lambda-shim/lib/}) and
     *     the jars to analyse
     * @param analysed the jars whose module needs the runtime covers, relative to {@code work}
     * @param modules the modules to link besides those
     * @return warnings about the linked runtime, for the build's log
     */
    public List<String> build(Path work, List<String> analysed, List<String> modules, boolean docker, String image,
            int javaVersion, Architecture architecture, Path toolsDirectory, Instant entryTime)
            throws LambdaPackagingException {
        List<String> classpath = new ArrayList<>(analysed);
        try (Stream<Path> jars = Files.list(work.resolve("opt/lambda-shim/lib"))) {
            jars.sorted().forEach(jar -> classpath.add("opt/lambda-shim/lib/" + jar.getFileName()));
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the staged layer: " + e.getMessage(), e);
        }
        Map<String, String> env = Map.of("EPOCH", Long.toString(entryTime.getEpochSecond()),
                "MODULES", String.join(",", modules), "ANALYSE", String.join(" ", analysed),
                "ANALYSE_CP", String.join(":", classpath), "JAVA_VERSION", Integer.toString(javaVersion),
                "HANDLER", "-");
        Path script = BuildScript.writeScript(toolsDirectory, SCRIPT);
        JavaRuntimeRequest request = new JavaRuntimeRequest(work, "-", analysed, null, docker, image, javaVersion,
                architecture, toolsDirectory, toolsDirectory, null);
        if (docker) {
            DockerClient client = DockerConnection.connect(dockerHost, DockerConnection.BUILD_WITHOUT);
            try {
                DockerBuild build = new DockerBuild(client, log);
                build.prepareImage(image, architecture);
                log.accept("Linking the layer's Java runtime in " + image + " for " + architecture.lambdaName());
                build.run(request, script, BuildScript.emulatorClasspath(), env);
            } finally {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // the connection is gone either way
                }
            }
        } else {
            HostBuild.check(architecture);
            log.accept("Linking the layer's Java runtime on this machine's JDK (" + HostBuild.javaHome() + ")");
            new HostBuild(log).run(request, script, BuildScript.emulatorClasspath(), env);
        }
        return LinkedRuntimeCheck.check(work.resolve("opt/lambda-shim/jre"), architecture,
                JavaRuntimeBuilder.builtIn(docker, image));
    }

    /** The script's bytes with the shared piece's, for the layer's up-to-date check. */
    public static byte[] script() throws LambdaPackagingException {
        return BuildScript.withLinking(SCRIPT);
    }
}
