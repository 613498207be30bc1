package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.platform.FileTrees;

import dev.lambdashim.maven.docker.DockerConnection;
import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Gives the staged function its own Java runtime ({@code jre/}) and start-up cache, built on the target JDK by
 * {@link DockerBuild} or {@link HostBuild}. Results are kept under a key made of the build image's id (or the host
 * JDK), the Java version, the architecture, the build script and every byte of the function's classpath and sample
 * events, so an unchanged project gets them back without starting a container.
 */
public final class JavaRuntimeBuilder {

    /** The start-up cache files the build may record; the bootstrap looks for the same names. */
    static final List<String> CACHE_FILES = List.of("lambda-shim.aot", "lambda-shim.jsa");

    private final Consumer<String> log;
    private final String dockerHost;

    /**
     * @param dockerHost the Docker daemon to use instead of the environment's, or {@code null}
     */
    public JavaRuntimeBuilder(Consumer<String> log, String dockerHost) {
        this.log = log;
        this.dockerHost = dockerHost;
    }

    /**
     * Refuses, before anything is staged, a build that cannot make a runtime for the architecture: a host JDK of
     * another machine, a build image of another platform (pulled first when absent).
     */
    public void checkTarget(JavaRuntimeSettings java, Architecture architecture) throws LambdaPackagingException {
        if (!java.docker()) {
            HostBuild.check(architecture);
            return;
        }
        DockerClient docker = DockerConnection.connect(dockerHost, DockerConnection.BUILD_WITHOUT);
        try {
            new DockerBuild(docker, log).prepareImage(java.image(), architecture);
        } finally {
            try {
                docker.close();
            } catch (IOException ignored) {
                // the connection is gone either way
            }
        }
    }

    /**
     * @return warnings about the linked runtime (see {@link LinkedRuntimeCheck}), for the build's log
     */
    public List<String> build(JavaRuntimeRequest request, Instant entryTime) throws LambdaPackagingException {
        DockerClient docker = null;
        String builtOn;
        if (request.docker()) {
            docker = DockerConnection.connect(dockerHost, DockerConnection.BUILD_WITHOUT);
            builtOn = new DockerBuild(docker, log).prepareImage(request.image(), request.architecture());
        } else {
            HostBuild.check(request.architecture());
            builtOn = "host " + HostBuild.javaHome() + " " + Runtime.version();
        }
        byte[] script = BuildScript.script();
        String key = key(request, builtOn, script, entryTime);
        Path cached = request.cacheDirectory().resolve(key);
        try {
            // A folder under its key is complete (moved into place whole): a runtime and cache, or, for a function
            // on a layer, its cache alone.
            boolean onLayer = request.layerDirectory() != null;
            if (Files.isDirectory(cached)) {
                log.accept((onLayer ? "The start-up cache on the layer is" : "Java runtime and start-up cache are")
                        + " up to date (" + key.substring(0, 12) + "): no build");
                FileTrees.copyTree(cached, request.taskRoot());
                return onLayer ? List.of() : LinkedRuntimeCheck.check(request.taskRoot().resolve("jre"), request.architecture(),
                        builtIn(request.docker(), request.image()));
            }
            Path scriptFile = BuildScript.writeScript(request.toolsDirectory());
            Map<String, String> env = Map.of("HANDLER", request.handler(),
                    "ANALYSE", String.join(" ", request.analysedJars()),
                    "EPOCH", Long.toString(entryTime.getEpochSecond()),
                    "JAVA_VERSION", Integer.toString(request.javaVersion()));
            if (docker != null) {
                log.accept((onLayer ? "Recording the start-up cache on the layer's runtime in "
                        : "Building the Java runtime in ") + request.image() + " for "
                        + request.architecture().lambdaName());
                new DockerBuild(docker, log).run(request, scriptFile, BuildScript.emulatorClasspath(), env);
            } else {
                log.accept("Building the Java runtime on this machine's JDK (" + HostBuild.javaHome() + ")");
                new HostBuild(log).run(request, scriptFile, BuildScript.emulatorClasspath(), env);
            }
            List<String> warnings = onLayer ? List.of() : LinkedRuntimeCheck.check(request.taskRoot().resolve("jre"),
                    request.architecture(), builtIn(request.docker(), request.image()));
            Path partial = request.cacheDirectory().resolve(key + ".partial");
            FileTrees.deleteTree(partial);
            Files.createDirectories(partial);
            if (!onLayer) {
                FileTrees.copyTree(request.taskRoot().resolve("jre"), partial.resolve("jre"));
            }
            for (String cache : CACHE_FILES) {
                if (Files.exists(request.taskRoot().resolve(cache))) {
                    Files.copy(request.taskRoot().resolve(cache), partial.resolve(cache),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE);
            return warnings;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot store the built runtime under " + request.cacheDirectory()
                    + ": " + e.getMessage(), e);
        } finally {
            if (docker != null) {
                try {
                    docker.close();
                } catch (IOException ignored) {
                    // the connection is gone either way
                }
            }
        }
    }

    /** Where the runtime is linked, for messages. */
    public static String builtIn(boolean docker, String image) {
        return docker ? "the build image " + image : "this machine's JDK (" + HostBuild.javaHome() + ")";
    }

    private static String key(JavaRuntimeRequest request, String builtOn, byte[] script, Instant entryTime)
            throws LambdaPackagingException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((builtOn + "\n" + request.javaVersion() + "\n" + request.architecture() + "\n"
                    + request.handler() + "\n" + request.analysedJars() + "\n" + entryTime + "\n"
                    + request.layerDirectory() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(script);
            for (Path root : new Path[] {request.taskRoot(), request.eventsDirectory()}) {
                if (root == null || !Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                            .filter(f -> !f.startsWith(request.taskRoot().resolve("jre")))
                            .filter(f -> !CACHE_FILES.contains(f.getFileName().toString())).sorted()::iterator) {
                        digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the staged function: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
