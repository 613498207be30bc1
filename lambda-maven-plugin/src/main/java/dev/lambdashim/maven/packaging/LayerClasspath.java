package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.layerfile.LayerDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The classpath of a function on a layer: the function's own jars go into its zip, lambda-shim's runtime and the
 * libraries it brings are the layer's. A library on both (Jackson, lambda-core) is taken from the layer unless the
 * function's is newer: then the function's jar goes into the zip, ahead of the layer's on the classpath, as a bundled
 * zip would take the higher version. AWS's handler API and serialization library are the runtime's, whatever version
 * the function pins, ahead of the function's jars, as in a bundled zip and on AWS's own runtime (see {@link AwsCompat}).
 */
final class LayerClasspath {

    private LayerClasspath() {
    }

    /**
     * @param dependencies the function's runtime-scope dependencies
     * @param runtime what the plugin resolved for a bundled zip (lambda-shim's runtime, AWS's serialization library
     *     for a function on aws-lambda-java-core): the part the layer does not carry goes into the zip
     * @return the jars that go under the zip's {@code lib/}, in classpath order
     */
    static List<ClasspathEntry> ownJars(List<ClasspathEntry> dependencies, List<ClasspathEntry> runtime,
            LayerDescriptor layer, Consumer<String> log) {
        // AWS's handler API and serialization library at the runtime's versions, in place of the function's own, as
        // in a bundled zip (AwsCompat): the layer does not carry them, so they go into the function's zip, first.
        Map<String, ClasspathEntry> aws = new LinkedHashMap<>();
        runtime.stream().filter(AwsCompat::runtimeOwned).forEach(entry -> aws.putIfAbsent(entry.key(), entry));
        List<ClasspathEntry> own = new ArrayList<>(aws.values());
        List<String> keys = new ArrayList<>(aws.keySet());
        for (ClasspathEntry entry : dependencies) {
            ClasspathEntry runtimes = aws.get(entry.key());
            if (runtimes != null) {
                if (!entry.version().equals(runtimes.version())) {
                    log.accept(entry.key() + ": the function uses " + entry.version() + ", AWS's runtime "
                            + runtimes.version() + "; packaging " + runtimes.version() + " ahead of the function's"
                            + " jars, as AWS's runtime loads its own");
                }
                continue;
            }
            String layerVersion = layer.versionOf(entry.key());
            if (layerVersion == null) {
                own.add(entry);
            } else if (new ComparableVersion(entry.version()).compareTo(new ComparableVersion(layerVersion)) > 0) {
                own.add(entry);
                log.accept(entry.key() + ": the function uses " + entry.version() + ", the layer has " + layerVersion
                        + "; the function's goes into its zip, ahead of the layer's");
            } else if (!entry.version().equals(layerVersion)) {
                log.accept(entry.key() + ": the function uses " + entry.version() + ", the layer has " + layerVersion
                        + "; the function runs on the layer's");
            }
            if (!keys.contains(entry.key())) {
                keys.add(entry.key());
            }
        }
        for (ClasspathEntry entry : runtime) {
            if (layer.versionOf(entry.key()) == null && !keys.contains(entry.key())
                    && !entry.groupId().equals("dev.lambdashim")) {
                own.add(entry);
                keys.add(entry.key());
            }
        }
        return own;
    }

    /**
     * The layer's jars the function runs with, in the layer's order, as paths relative to its {@code lambda-shim/}:
     * the second line of the function's {@code lambda-shim.classpath}, which the layer's bootstrap appends to the
     * first. The same rule as a bundled zip's ({@link RuntimeDatabind}): a handler that never needs Jackson databind
     * leaves the layer's databind jars off its classpath unless it depends on them itself. Measured on bench/layer:
     * with them, every start opened and indexed three more jars (980 more zip entries; the lookup that walks the
     * whole classpath is not traced), and the layered start executed 15 % more instructions than the bundled one.
     *
     * @param dependencies the function's runtime-scope dependencies
     * @param needsDatabind the runtime's answer for the handler ({@code HandlerCheck.needsDatabind})
     */
    static List<String> layerJarsUsed(LayerDescriptor layer, List<ClasspathEntry> dependencies,
            boolean needsDatabind) {
        Set<String> functions = new HashSet<>();
        dependencies.forEach(entry -> functions.add(entry.key()));
        List<String> used = new ArrayList<>();
        for (LayerDescriptor.Jar jar : layer.jars()) {
            if (needsDatabind || !RuntimeDatabind.DATABIND_JARS.contains(jar.key())
                    || functions.contains(jar.key())) {
                used.add(jar.path());
            }
        }
        return used;
    }

    /** The layer's jars where it is unpacked ({@code <opt>/lambda-shim/lib/...}). */
    static List<ClasspathEntry> layerJars(LayerDescriptor layer, Path opt) {
        List<ClasspathEntry> jars = new ArrayList<>();
        for (LayerDescriptor.Jar jar : layer.jars()) {
            jars.add(new ClasspathEntry(jar.groupId(), jar.artifactId(), jar.version(),
                    jar.classifier().isEmpty() ? null : jar.classifier(),
                    opt.resolve(LayerDescriptor.HOME).resolve(jar.path())));
        }
        return jars;
    }
}
