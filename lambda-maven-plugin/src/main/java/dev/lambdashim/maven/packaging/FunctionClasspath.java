package dev.lambdashim.maven.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * The jars that go under {@code lib/}: AWS's handler API and serialization library when the runtime brings them (see
 * {@link AwsCompat}), then the function's runtime dependencies, then the lambda-shim runtime's. AWS's jars are the
 * runtime's versions, whatever the function pins, as on AWS's runtime. Any other library on both lists (lambda-core,
 * Jackson) goes in once, at the higher version, since the runtime needs at least its own and two versions on one
 * classpath would shadow each other unpredictably.
 */
final class FunctionClasspath {

    private FunctionClasspath() {
    }

    static List<ClasspathEntry> merge(List<ClasspathEntry> dependencies, List<ClasspathEntry> runtime,
            Consumer<String> log) {
        Map<String, ClasspathEntry> byKey = new LinkedHashMap<>();
        Map<String, ClasspathEntry> functions = new LinkedHashMap<>();
        for (ClasspathEntry entry : dependencies) {
            functions.putIfAbsent(entry.key(), entry);
        }
        for (ClasspathEntry entry : runtime) {
            if (AwsCompat.runtimeOwned(entry)) {
                byKey.put(entry.key(), entry);
                ClasspathEntry own = functions.remove(entry.key());
                if (own != null && !own.version().equals(entry.version())) {
                    log.accept(entry.key() + ": the function uses " + own.version() + ", AWS's runtime "
                            + entry.version() + "; packaging " + entry.version() + " ahead of the function's jars, as"
                            + " AWS's runtime loads its own");
                }
            }
        }
        byKey.putAll(functions);
        for (ClasspathEntry entry : runtime) {
            if (AwsCompat.runtimeOwned(entry)) {
                continue;
            }
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
