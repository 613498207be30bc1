package dev.lambdashim.maven.packaging;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Leaves Jackson databind out of a bundled zip whose handler never needs it (the runtime's own decision, asked by
 * {@link HandlerValidator}): a handler of {@code Object}, {@code Map<String, Object>} or {@code List<Object>} events,
 * or none, returning a string, a boolean or a number, or an HTTP, stream or streaming handler. The runtime serves those with jackson-core alone, giving the same answers
 * and errors as with databind (its {@code UntypedJsonTest}); databind, its annotations and its two date and
 * {@code Optional} modules are 1.8 MB of the zip that such a function never loads.
 *
 * <p>A jar the function depends on itself stays: the function uses Jackson, and gets it.
 */
final class RuntimeDatabind {

    /** The runtime's dependencies that only databind uses. */
    static final Set<String> DATABIND_JARS = Set.of("com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.core:jackson-annotations", "com.fasterxml.jackson.datatype:jackson-datatype-jdk8",
            "com.fasterxml.jackson.datatype:jackson-datatype-jsr310");

    private RuntimeDatabind() {
    }

    /**
     * @param classpath the merged classpath
     * @param dependencies the function's own runtime dependencies
     * @return the classpath without the runtime's databind jars the function does not depend on itself
     */
    static List<ClasspathEntry> leaveOut(List<ClasspathEntry> classpath, List<ClasspathEntry> dependencies,
            String handler, Consumer<String> log) {
        Set<String> functions = dependencies.stream().map(ClasspathEntry::key).collect(Collectors.toSet());
        List<ClasspathEntry> kept = classpath.stream()
                .filter(e -> !DATABIND_JARS.contains(e.key()) || functions.contains(e.key())).toList();
        if (kept.size() < classpath.size()) {
            log.accept("Jackson databind left out of the zip: the handler " + handler + " never needs it (its event"
                    + " Object, Map<String, Object>, List<Object> or none, its result a string, boolean or number, or a"
                    + " stream or HTTP handler); the runtime reads and writes its JSON with jackson-core");
        }
        return kept;
    }
}
