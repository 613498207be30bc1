package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.javaruntime.LayerRuntimeBuilder;
import dev.lambdashim.maven.layerfile.LayerDescriptor;
import dev.lambdashim.maven.packaging.ClasspathEntry;
import dev.lambdashim.maven.packaging.LambdaPackager;
import dev.lambdashim.maven.platform.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds a lambda-shim layer zip: lambda-shim's {@code bootstrap} at its root (Lambda starts {@code /opt/bootstrap}
 * for a function whose zip has none), a Java runtime linked on the target JDK and lambda-shim's runtime jars under
 * {@code lambda-shim/}, and the layer's descriptor and id. A plain class, so tests drive it without Maven.
 *
 * <pre>
 * bootstrap                      0755, the launcher Lambda starts (/opt/bootstrap)
 * lambda-shim/jre/               the linked Java runtime
 * lambda-shim/lib/*.jar          lambda-shim's runtime and its dependencies
 * lambda-shim/classpath          those jars, as the bootstrap puts them on the classpath
 * lambda-shim/layer.properties   Java version, architecture, modules, jars (read by lambda:package)
 * lambda-shim/layer.id           the digest of everything above: a function's cache is used on this layer only
 * </pre>
 */
public final class LayerBuilder {

    /** What publish-layer-version takes in a direct upload (larger ones go through S3), as for functions. */
    static final long DIRECT_UPLOAD_LIMIT = 52_428_800L;

    private final Consumer<String> info;

    public LayerBuilder(Consumer<String> info) {
        this.info = info;
    }

    public LayerResult build(LayerRequest request) throws LambdaPackagingException {
        Path work = request.workDirectory().resolve("layer").resolve(request.layerName());
        Path opt = work.resolve("opt");
        Path zip = request.zipFile();
        Path fingerprintFile = work.resolveSibling(request.layerName() + ".inputs");
        byte[] bootstrap = LambdaPackager.bootstrapScript();
        String fingerprint = fingerprint(request, bootstrap);
        try {
            if (Files.isRegularFile(zip) && Files.isRegularFile(fingerprintFile)
                    && Files.readString(fingerprintFile).equals(fingerprint) && Files.isDirectory(opt)) {
                info.accept(zip + " is up to date");
                return LayerResult.of(zip, true, LayerDescriptor.read(zip, zip.toString()), opt, List.of());
            }
            LayerRuntimeBuilder build = new LayerRuntimeBuilder(info, request.dockerHost());
            build.checkTarget(request.docker(), request.image(), request.architecture());
            Files.deleteIfExists(fingerprintFile);
            FileTrees.deleteTree(work);
            Path lib = opt.resolve(LayerDescriptor.HOME).resolve("lib");
            Files.createDirectories(lib);
            Files.write(opt.resolve("bootstrap"), bootstrap);
            Files.setPosixFilePermissions(opt.resolve("bootstrap"), PosixFilePermissions.fromString("rwxr-xr-x"));
            List<LayerDescriptor.Jar> jars = new ArrayList<>();
            List<String> runtimeKeys = new ArrayList<>();
            for (ClasspathEntry entry : request.runtime()) {
                Files.copy(entry.file(), lib.resolve(entry.zipName()));
                jars.add(new LayerDescriptor.Jar(entry.groupId(), entry.artifactId(), entry.version(),
                        entry.classifier() == null ? "" : entry.classifier(), "lib/" + entry.zipName()));
                runtimeKeys.add(entry.key());
            }
            Files.writeString(opt.resolve(LayerDescriptor.CLASSPATH_FILE), jars.stream()
                    .map(LayerDescriptor.Jar::path).collect(Collectors.joining(":")) + "\n", StandardCharsets.UTF_8);
            // The functions' own jars are analysed; a library the runtime brings (Jackson) counts as the runtime's,
            // as for a bundled function, so its optional java.desktop and java.sql support is not linked.
            List<String> analysed = new ArrayList<>();
            Path analyse = work.resolve("analyse");
            Files.createDirectories(analyse);
            for (ClasspathEntry entry : request.functionJars()) {
                if (!runtimeKeys.contains(entry.key())) {
                    Files.copy(entry.file(), analyse.resolve(entry.zipName()), StandardCopyOption.REPLACE_EXISTING);
                    analysed.add("analyse/" + entry.zipName());
                }
            }
            List<String> warnings = new ArrayList<>(build.build(work, analysed, request.modules(), request.docker(),
                    request.image(), request.javaVersion(), request.architecture(),
                    request.workDirectory().resolve("tools"), request.outputTimestamp()));
            Path jre = opt.resolve(LayerDescriptor.HOME).resolve("jre");
            Map<String, String> release = release(jre);
            LayerDescriptor descriptor = new LayerDescriptor(digest(opt), request.javaVersion(),
                    release.getOrDefault("JAVA_VERSION", "?"), request.architecture(),
                    List.of(release.getOrDefault("MODULES", "").split(" ")), request.runtimeVersion(), jars);
            LayerDescriptor.write(opt, descriptor);
            LayerZip.write(opt, zip, request.outputTimestamp());
            Files.writeString(fingerprintFile, fingerprint);
            LayerResult result = LayerResult.of(zip, false, descriptor, opt, warnings);
            if (result.zipBytes() > DIRECT_UPLOAD_LIMIT) {
                warnings.add("the layer zip is " + megabytes(result.zipBytes()) + ", over the "
                        + megabytes(DIRECT_UPLOAD_LIMIT) + " that publish-layer-version accepts directly: publish it"
                        + " through S3 (--content S3Bucket=...,S3Key=...; SAM does it for you)");
            }
            info.accept("Built " + zip + " (" + megabytes(Files.size(zip)) + ", "
                    + megabytes(result.unzippedBytes()) + " unzipped): Java " + descriptor.javaRuntimeVersion()
                    + " for " + descriptor.architecture().lambdaName() + " with " + String.join(",",
                            descriptor.modules()) + "; layer id " + descriptor.shortId());
            return LayerResult.of(zip, false, descriptor, opt, warnings);
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write the layer under " + work + ": " + e.getMessage(), e);
        }
    }

    /** The {@code release} file of the linked runtime: JAVA_VERSION, MODULES, ... unquoted. */
    static Map<String, String> release(Path jre) throws IOException {
        Map<String, String> values = new TreeMap<>();
        for (String line : Files.readAllLines(jre.resolve("release"), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1).replace("\"", "").strip());
            }
        }
        return values;
    }

    /**
     * The layer's id: SHA-256 of every file's path and bytes (the descriptor aside). Equal ids mean the same runtime
     * and jars, so a start-up cache recorded on one maps on the other.
     */
    static String digest(Path opt) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.walk(opt)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = opt.relativize(file).toString().replace('\\', '/');
                    if (name.equals(LayerDescriptor.PROPERTIES) || name.equals(LayerDescriptor.ID_FILE)) {
                        continue;
                    }
                    digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static String fingerprint(LayerRequest request, byte[] bootstrap) throws LambdaPackagingException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder().append(request.modules()).append('\n')
                    .append(request.architecture()).append('\n').append(request.javaVersion()).append('\n')
                    .append(request.docker()).append(' ').append(request.image()).append('\n')
                    .append(request.outputTimestamp()).append('\n');
            for (List<ClasspathEntry> list : List.of(request.runtime(), request.functionJars())) {
                for (ClasspathEntry entry : list) {
                    text.append(entry.file()).append(' ').append(Files.size(entry.file())).append(' ')
                            .append(Files.getLastModifiedTime(entry.file()).toMillis()).append('\n');
                }
            }
            digest.update(bootstrap);
            digest.update(LayerRuntimeBuilder.script());
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the layer's jars: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
