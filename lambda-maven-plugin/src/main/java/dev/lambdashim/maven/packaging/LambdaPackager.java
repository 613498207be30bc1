package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.platform.FileTrees;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.javaruntime.JavaRuntimeBuilder;
import dev.lambdashim.maven.javaruntime.JavaRuntimeRequest;
import dev.lambdashim.maven.javaruntime.JavaRuntimeSettings;
import dev.lambdashim.maven.javaruntime.LinkedRuntimeCheck;
import dev.lambdashim.maven.layerfile.LayerFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a function's deployment zip: validates the handler, lays out {@code bootstrap}, {@code lambda-shim.args} and
 * {@code lib/}, and writes the zip reproducibly. A plain class, so tests drive it without Maven.
 *
 * <p>Zip layout (what the {@code bootstrap} script relies on), staged in
 * {@code target/lambda-shim/stage/<packageName>/}:
 * <pre>
 * bootstrap             0755, starts the runtime
 * lambda-shim.args      java argument file: -cp [AWS core and serialization:]lib/function.jar:lib/...  -Dlambdashim.handler=...
 * lib/function.jar      the function's own classes and resources
 * lib/*.jar             its runtime dependencies and the lambda-shim runtime
 * jre/                  the linked Java runtime (unless built without one)
 * lambda-shim.aot|.jsa  the start-up cache recorded on that runtime
 * </pre>
 */
public final class LambdaPackager {

    static final String BOOTSTRAP = "bootstrap";
    static final String ARGS_FILE = "lambda-shim.args";
    static final String FUNCTION_JAR = "lib/function.jar";
    /**
     * A function on a layer: its own jars (first line), which the layer's bootstrap puts before the layer's jars it
     * runs with (second line, relative to the layer's {@code lambda-shim/}; see {@link LayerClasspath#layerJarsUsed}).
     */
    static final String CLASSPATH_FILE = "lambda-shim.classpath";
    /** A function on a layer: the id of the layer its start-up cache was recorded on. */
    static final String LAYER_FILE = "lambda-shim.layer";
    /** Lambda's limit on a zip uploaded directly (larger ones go through S3). */
    static final long DIRECT_UPLOAD_LIMIT = 52_428_800L;

    private final Consumer<String> info;

    /** @param info where progress and notices go (the Maven log) */
    public LambdaPackager(Consumer<String> info) {
        this.info = info;
    }

    public PackageResult packageFunction(PackageRequest request) throws LambdaPackagingException {
        FunctionLayer layer = request.layer();
        Path layerFiles = layer == null ? null
                : LayerFiles.unpack(layer.zip(), layer.descriptor(), request.workDirectory());
        List<ClasspathEntry> classpath = layer == null
                ? FunctionClasspath.merge(request.dependencies(), request.runtime(), info)
                : LayerClasspath.ownJars(request.dependencies(), request.runtime(), layer.descriptor(), info);
        List<ClasspathEntry> checked = new ArrayList<>(classpath);
        if (layer != null) {
            checked.addAll(LayerClasspath.layerJars(layer.descriptor(), layerFiles));
        }
        boolean needsDatabind = HandlerValidator.validate(request.handler(), request.classesDirectory(), checked);
        if (layer == null && !needsDatabind) {
            classpath = RuntimeDatabind.leaveOut(classpath, request.dependencies(), request.handler(), info);
        }

        byte[] bootstrap = bootstrapScript();
        String ownJars = classPath(classpath);
        String handlerArg = "-Dlambdashim.handler=" + request.handler() + "\n";
        // On a layer, the classpath is the layer bootstrap's to build: the function's jars, then the layer's.
        String args = layer == null ? "-cp " + ownJars + "\n" + handlerArg : handlerArg;
        // On a layer, lambda-shim.classpath: the function's jars, then (second line) the layer's it runs with.
        List<String> layerJars = layer == null ? List.of()
                : LayerClasspath.layerJarsUsed(layer.descriptor(), request.dependencies(), needsDatabind);
        String layerClasspath = layer == null ? null : ownJars + "\n" + String.join(":", layerJars) + "\n";
        if (layer != null && layerJars.size() < layer.descriptor().jars().size()) {
            info.accept("Jackson databind left off the function's classpath on the layer: the handler "
                    + request.handler() + " never needs it (its event Object, Map<String, Object>, List<Object> or"
                    + " none, its result a string, boolean or number, or a stream or HTTP handler)");
        }
        Path zip = request.zipFile();
        Path work = request.workDirectory();
        Path stage = request.stageDirectory();
        Path fingerprintFile = work.resolve(request.packageName() + ".inputs");
        String fingerprint = fingerprint(request, classpath, bootstrap,
                args + (layer == null ? "" : layerClasspath + layer.descriptor().id()));
        try {
            if (Files.isRegularFile(zip) && Files.isRegularFile(fingerprintFile)
                    && Files.readString(fingerprintFile).equals(fingerprint) && Files.isDirectory(stage)) {
                info.accept(zip + " is up to date");
                List<String> warnings = request.java().bundle() && Files.isDirectory(stage.resolve("jre"))
                        ? LinkedRuntimeCheck.check(stage.resolve("jre"), request.architecture(),
                                JavaRuntimeBuilder.builtIn(request.java().docker(), request.java().image()))
                        : List.of();
                return result(zip, true, entries(stage), warnings);
            }
            if (request.java().bundle()) {
                new JavaRuntimeBuilder(info, request.java().dockerHost()).checkTarget(request.java(),
                        request.architecture());
            }
            Files.deleteIfExists(fingerprintFile);
            FileTrees.deleteTree(stage);
            Files.createDirectories(stage.resolve("lib"));
            Path layerNote = PackageRequest.layerNote(work, request.packageName());
            if (layer == null) {
                Files.write(stage.resolve(BOOTSTRAP), bootstrap);
                Files.setPosixFilePermissions(stage.resolve(BOOTSTRAP), PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.deleteIfExists(layerNote);
            } else {
                Files.writeString(stage.resolve(CLASSPATH_FILE), layerClasspath, StandardCharsets.UTF_8);
                Files.writeString(stage.resolve(LAYER_FILE), layer.descriptor().id() + "\n", StandardCharsets.UTF_8);
                Files.writeString(layerNote, layer.zip().toAbsolutePath() + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(stage.resolve(ARGS_FILE), args, StandardCharsets.UTF_8);
            for (ClasspathEntry entry : classpath) {
                Files.copy(entry.file(), stage.resolve("lib").resolve(entry.zipName()));
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write to " + work + ": " + e.getMessage(), e);
        }
        ZipAssembler.jarDirectory(request.classesDirectory(), stage.resolve(FUNCTION_JAR), request.outputTimestamp());
        JavaRuntimeSettings java = request.java();
        List<String> runtimeWarnings = List.of();
        if (java.bundle()) {
            runtimeWarnings = new JavaRuntimeBuilder(info, java.dockerHost()).build(new JavaRuntimeRequest(stage,
                    request.handler(), analysedJars(classpath, request.runtime()), java.eventsDirectory(),
                    java.docker(), java.image(), java.javaVersion(), request.architecture(), work.resolve("tools"),
                    work.resolve("runtimes"), layerFiles), request.outputTimestamp());
        }
        List<ZipAssembler.Entry> entries = entries(stage);
        UnzippedSize.check(entries, zip, layerFiles);
        ZipAssembler.write(entries, zip, request.outputTimestamp());
        try {
            Files.writeString(fingerprintFile, fingerprint);
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot write " + fingerprintFile + ": " + e.getMessage(), e);
        }
        PackageResult result = result(zip, false, entries, runtimeWarnings);
        info.accept("Built " + zip + " (" + megabytes(result.zipBytes()) + ", " + megabytes(result.unzippedBytes())
                + " unzipped) for handler " + request.handler() + " on " + request.architecture().lambdaName()
                + (layer != null ? ", on the layer " + layer.zip().getFileName() + " (" + layer.descriptor().shortId()
                        + ")" : java.bundle() ? "" : ", without a Java runtime of its own"));
        return result;
    }

    /**
     * The bootstrap's class path: AWS's jars that the runtime brings first, as AWS's runtime loads its own classes
     * ahead of the function's, then the function's classes, its jars and the runtime's.
     */
    static String classPath(List<ClasspathEntry> classpath) {
        List<String> jars = new ArrayList<>();
        classpath.stream().filter(AwsCompat::runtimeOwned).forEach(e -> jars.add("lib/" + e.zipName()));
        jars.add(FUNCTION_JAR);
        classpath.stream().filter(e -> !AwsCompat.runtimeOwned(e)).forEach(e -> jars.add("lib/" + e.zipName()));
        return String.join(":", jars);
    }

    /** The function's own jars: the ones whose module needs decide what the linked runtime contains. */
    private static List<String> analysedJars(List<ClasspathEntry> classpath, List<ClasspathEntry> runtime) {
        List<String> keys = runtime.stream().map(ClasspathEntry::key).toList();
        List<String> jars = new ArrayList<>();
        jars.add(FUNCTION_JAR);
        for (ClasspathEntry entry : classpath) {
            if (!keys.contains(entry.key())) {
                jars.add("lib/" + entry.zipName());
            }
        }
        return jars;
    }

    /** Every file of the staged function, sorted; executables (bootstrap, jre/bin/*) 0755, the rest 0644. */
    private static List<ZipAssembler.Entry> entries(Path stage) throws LambdaPackagingException {
        List<ZipAssembler.Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(stage)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = stage.relativize(file).toString().replace('\\', '/');
                boolean executable = name.equals(BOOTSTRAP) || Files.isExecutable(file);
                entries.add(new ZipAssembler.Entry(name, file, executable ? 0755 : 0644));
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read " + stage + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static PackageResult result(Path zip, boolean upToDate, List<ZipAssembler.Entry> entries,
            List<String> runtimeWarnings) throws LambdaPackagingException {
        List<String> names = entries.stream().map(ZipAssembler.Entry::name).toList();
        try {
            long unzipped = UnzippedSize.total(entries);
            long zipped = Files.size(zip);
            List<String> warnings = new ArrayList<>(runtimeWarnings);
            if (unzipped > UnzippedSize.LIMIT * 9 / 10) {
                warnings.add("the function is " + megabytes(unzipped) + " unzipped, near Lambda's limit of "
                        + megabytes(UnzippedSize.LIMIT) + " (function and layers together): trim dependencies");
            }
            if (zipped > DIRECT_UPLOAD_LIMIT) {
                warnings.add("the zip is " + megabytes(zipped) + ", over the " + megabytes(DIRECT_UPLOAD_LIMIT)
                        + " Lambda accepts in a direct upload: deploy it through S3 (SAM and the CLI's"
                        + " --s3-bucket do)");
            }
            return new PackageResult(zip, upToDate, names, unzipped, zipped, warnings);
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    public static byte[] bootstrapScript() throws LambdaPackagingException {
        try (InputStream in = LambdaPackager.class.getResourceAsStream(BOOTSTRAP)) {
            if (in == null) {
                throw new LambdaPackagingException("the plugin's bootstrap resource is missing: a broken plugin jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the plugin's bootstrap resource: " + e.getMessage(), e);
        }
    }

    /**
     * A digest of everything the zip is made from: names, sizes and modification times of the function's classes and
     * of every jar, the generated files, and the settings. Equal digests mean an equal zip, so it is not rebuilt.
     */
    private static String fingerprint(PackageRequest request, List<ClasspathEntry> classpath, byte[] bootstrap,
            String args) throws LambdaPackagingException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder(args).append('\n').append(request.outputTimestamp()).append('\n')
                    .append(request.architecture()).append('\n').append(request.java()).append('\n');
            Path events = request.java().eventsDirectory();
            if (events != null && Files.isDirectory(events)) {
                try (Stream<Path> files = Files.walk(events)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        text.append(file).append(' ').append(Files.size(file)).append(' ')
                                .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                    }
                }
            }
            Path classes = request.classesDirectory();
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        text.append(classes.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                                .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                    }
                }
            }
            for (ClasspathEntry entry : classpath) {
                text.append(entry.file()).append(' ').append(Files.size(entry.file())).append(' ')
                        .append(Files.getLastModifiedTime(entry.file()).toMillis()).append('\n');
            }
            digest.update(bootstrap);
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the function's files: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
