package dev.lambdashim.maven.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The jars that go under {@code lib/}: the function's runtime dependencies, then the lambda-shim runtime's. A
 * library on both lists (lambda-core, Jackson) goes in once, at the higher version, since the runtime needs at least
 * its own and two versions on one classpath would shadow each other unpredictably.
 */
final class FunctionClasspath {

    private FunctionClasspath() {
    }

    static List<ClasspathEntry> merge(List<ClasspathEntry> dependencies, List<ClasspathEntry> runtime,
            Consumer<String> log) {
        Map<String, ClasspathEntry> byKey = new LinkedHashMap<>();
        for (ClasspathEntry entry : dependencies) {
            byKey.putIfAbsent(entry.key(), entry);
        }
        for (ClasspathEntry entry : runtime) {
            ClasspathEntry existing = byKey.get(entry.key());
            if (existing == null) {
                byKey.put(entry.key(), entry);
            } else if (!existing.version().equals(entry.version())) {
                boolean runtimeNewer = new ComparableVersion(entry.version())
                        .compareTo(new ComparableVersion(existing.version())) > 0;
                ClasspathEntry chosen = runtimeNewer ? entry : existing;
                byKey.put(entry.key(), chosen);
                log.accept(entry.key() + ": the function uses " + existing.version() + ", the lambda-shim runtime "
                        + entry.version() + "; packaging " + chosen.version());
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
