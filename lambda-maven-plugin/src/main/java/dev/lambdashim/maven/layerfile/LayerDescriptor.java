package dev.lambdashim.maven.layerfile;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a lambda-shim layer holds, as its {@code lambda-shim/layer.properties} says: written by {@code lambda:layer},
 * read by {@code lambda:package} for a function on the layer (to check it and to lay out its classpath).
 *
 * @param id the layer's content digest: a function's start-up cache is used only on the layer of this id
 * @param javaVersion the Java feature version of the layer's runtime
 * @param javaRuntimeVersion the runtime's full version ({@code release}'s JAVA_VERSION), for messages
 * @param architecture the architecture the runtime is for
 * @param modules the modules linked into the runtime
 * @param runtimeVersion the lambda-shim version of the layer's runtime jars
 * @param jars the runtime jars, in classpath order; each entry's file is its path in the layer, relative to
 *     {@code lambda-shim/} ({@code lib/...jar})
 */
public record LayerDescriptor(String id, int javaVersion, String javaRuntimeVersion, Architecture architecture,
        List<String> modules, String runtimeVersion, List<Jar> jars) {

    /**
     * One of the layer's jars.
     *
     * @param groupId the Maven groupId
     * @param artifactId the Maven artifactId
     * @param version the version
     * @param classifier the classifier, empty for none
     * @param path its path in the layer, relative to {@code lambda-shim/}: {@code lib/...jar}
     */
    public record Jar(String groupId, String artifactId, String version, String classifier, String path) {

        /** groupId:artifactId[:classifier], as the function's classpath names a library. */
        public String key() {
            return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":" + classifier);
        }
    }

    /** Where the layer's own files are, under {@code /opt}. */
    public static final String HOME = "lambda-shim";
    public static final String PROPERTIES = HOME + "/layer.properties";
    public static final String ID_FILE = HOME + "/layer.id";
    /** The layer's jars, {@code :}-separated and relative to {@code lambda-shim/}, read by the bootstrap. */
    public static final String CLASSPATH_FILE = HOME + "/classpath";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** A jar directly under {@code lib/}: no directories, no {@code ..}, no classpath separator. */
    private static final Pattern JAR_PATH = Pattern.compile("lib/[A-Za-z0-9_+-][A-Za-z0-9._+-]*\\.jar");

    public LayerDescriptor {
        modules = List.copyOf(modules);
        jars = List.copyOf(jars);
    }

    /** The version of a library the layer carries (by {@link Jar#key()}), or {@code null}. */
    public String versionOf(String key) {
        return jars.stream().filter(j -> j.key().equals(key)).map(Jar::version).findFirst().orElse(null);
    }

    /** The id's first 12 characters, for messages. */
    public String shortId() {
        return id.substring(0, Math.min(12, id.length()));
    }

    /** The descriptor as {@code lambda-shim/layer.properties} holds it. */
    public String toProperties() {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("id", id);
        values.put("javaVersion", Integer.toString(javaVersion));
        values.put("javaRuntimeVersion", javaRuntimeVersion);
        values.put("architecture", architecture.lambdaName());
        values.put("modules", String.join(",", modules));
        values.put("runtimeVersion", runtimeVersion);
        List<String> jarList = new ArrayList<>();
        for (Jar jar : jars) {
            jarList.add(jar.groupId() + ":" + jar.artifactId() + ":" + jar.version() + ":" + jar.classifier() + ":"
                    + jar.path());
        }
        values.put("jars", String.join(",", jarList));
        // Written by hand, in a fixed order and without Properties' date comment, so the layer stays reproducible.
        StringBuilder text = new StringBuilder("# A lambda-shim layer, written by lambda:layer\n");
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** Reads the descriptor of a layer zip; names the zip, {@code <layer>} and the fix when it is not a usable one. */
    public static LayerDescriptor read(Path zip, String configured) throws LambdaPackagingException {
        String layer = "<layer> (-Dlambda.layer) " + configured + " is " + zip;
        if (!Files.isRegularFile(zip)) {
            throw new LambdaPackagingException(layer + ", which " + (Files.isDirectory(zip) ? "is a directory"
                    : "does not exist") + ": give the zip that lambda:layer wrote (target/<layerName>.zip of the"
                    + " layer's project; build it first), or its Maven coordinates");
        }
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry entry = file.getEntry(PROPERTIES);
            if (entry == null) {
                throw new LambdaPackagingException(layer + ", which is not a lambda-shim layer (it has no "
                        + PROPERTIES + "): give the zip that lambda:layer wrote, or its Maven coordinates");
            }
            try (InputStream in = file.getInputStream(entry)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), zip, configured);
            }
        } catch (IOException e) {
            throw new LambdaPackagingException(layer + ", which cannot be read as a zip (" + e.getMessage() + "):"
                    + " build the layer again with lambda:layer, or give the zip that lambda:layer wrote", e);
        }
    }

    /**
     * Parses {@code lambda-shim/layer.properties}. Every value is checked, as the zip may come from anywhere: the id
     * names a directory and the jars' paths are put on the classpath, so neither may lead out of the layer.
     */
    public static LayerDescriptor parse(String text, Path zip, String configured) throws LambdaPackagingException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            String id = required(p, "id");
            if (!ID.matcher(id).matches()) {
                throw new IOException("id '" + id + "' is not a SHA-256 digest (64 hex digits)");
            }
            String version = required(p, "javaVersion");
            if (!version.matches("[1-9][0-9]{0,2}")) {
                throw new IOException("javaVersion '" + version + "' is not a Java feature version");
            }
            String arch = required(p, "architecture");
            Architecture architecture = Architecture.ofMachine(arch);
            if (architecture == null) {
                throw new IOException("architecture '" + arch + "' is neither x86_64 nor arm64");
            }
            List<String> modules = Arrays.asList(required(p, "modules").split(","));
            for (String module : modules) {
                if (!MODULE.matcher(module).matches()) {
                    throw new IOException("modules holds '" + module + "', not a Java module name");
                }
            }
            List<Jar> jars = new ArrayList<>();
            for (String jar : p.getProperty("jars", "").split(",")) {
                if (jar.isBlank()) {
                    continue;
                }
                String[] parts = jar.strip().split(":", -1);
                if (parts.length != 5 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                    throw new IOException("jars holds '" + jar + "', not groupId:artifactId:version:classifier:path");
                }
                if (!JAR_PATH.matcher(parts[4]).matches()) {
                    throw new IOException("jars holds the path '" + parts[4] + "', which is not a jar directly under"
                            + " lib/ (lib/<name>.jar)");
                }
                jars.add(new Jar(parts[0], parts[1], parts[2], parts[3], parts[4]));
            }
            return new LayerDescriptor(id, Integer.parseInt(version), p.getProperty("javaRuntimeVersion", "?"),
                    architecture, modules, p.getProperty("runtimeVersion", "?"), jars);
        } catch (IOException | IllegalArgumentException e) {
            throw new LambdaPackagingException("<layer> (-Dlambda.layer) " + configured + " is " + zip + ", whose "
                    + PROPERTIES + " is damaged (" + e.getMessage() + "): build the layer again with lambda:layer,"
                    + " or give a layer that lambda:layer wrote", e);
        }
    }

    private static String required(Properties p, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException("no " + key);
        }
        return value.strip();
    }

    /** Writes the descriptor and the id file into the staged layer ({@code opt/}). */
    public static void write(Path layerRoot, LayerDescriptor descriptor) throws IOException {
        Files.writeString(layerRoot.resolve(PROPERTIES), descriptor.toProperties(), StandardCharsets.UTF_8);
        Files.writeString(layerRoot.resolve(ID_FILE), descriptor.id() + "\n", StandardCharsets.UTF_8);
    }
}
