package dev.lambdashim.maven.layerfile;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.error.LambdaShimException;
import dev.lambdashim.maven.platform.Architecture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
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

    /** Reads the descriptor of a layer zip; names the zip and the fix when it is not a lambda-shim layer. */
    public static LayerDescriptor read(Path zip, String configured) throws LambdaPackagingException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry entry = file.getEntry(PROPERTIES);
            if (entry == null) {
                throw new LambdaPackagingException("<layer> (-Dlambda.layer) " + configured + " is " + zip + ", which"
                        + " is not a lambda-shim layer (it has no " + PROPERTIES + "): give the zip that lambda:layer"
                        + " wrote, or its Maven coordinates");
            }
            try (InputStream in = file.getInputStream(entry)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), zip);
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the layer " + zip + " (<layer>, -Dlambda.layer): "
                    + e.getMessage(), e);
        }
    }

    public static LayerDescriptor parse(String text, Path zip) throws LambdaPackagingException {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
            List<Jar> jars = new ArrayList<>();
            for (String jar : p.getProperty("jars", "").split(",")) {
                if (jar.isBlank()) {
                    continue;
                }
                String[] parts = jar.split(":", 5);
                jars.add(new Jar(parts[0], parts[1], parts[2], parts[3], parts[4]));
            }
            return new LayerDescriptor(required(p, "id"), Integer.parseInt(required(p, "javaVersion")),
                    p.getProperty("javaRuntimeVersion", "?"),
                    Architecture.parse(required(p, "architecture")),
                    Arrays.asList(required(p, "modules").split(",")), p.getProperty("runtimeVersion", "?"), jars);
        } catch (IOException | RuntimeException | LambdaShimException e) {
            throw new LambdaPackagingException("the layer " + zip + " has a damaged " + PROPERTIES + " (" + e
                    + "): build it again with lambda:layer", e);
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
