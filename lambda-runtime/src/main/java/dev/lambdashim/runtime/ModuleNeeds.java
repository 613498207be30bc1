package dev.lambdashim.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The build-time analysis of the JDK modules a function uses, run by the plugin's build script on the target JDK
 * (which has {@code jdk.jdeps}): {@code jdeps --print-module-deps} over the function's jars, as the JVM will load
 * them on Lambda, that is on the class path.
 *
 * <p>On the class path a jar's module descriptor counts for nothing, but {@code jdeps} given a modular jar (Jackson's,
 * most of Spring Boot's libraries) resolves it as a module: its {@code requires} must then be found as modules, and
 * they are on the class path, so {@code jdeps} stops ("Module com.fasterxml.jackson.core not found"). Each jar that
 * carries a descriptor (at its root or under {@code META-INF/versions/N/}) is therefore analysed from a copy
 * without it; the copy keeps the manifest, so {@code --multi-release} picks the classes the target Java loads.
 * Classes missing from the class path (a library's optional dependencies) are left out ({@code
 * --ignore-missing-deps}), as the JVM leaves them unloaded. Modules found only through a service lookup, which
 * {@code jdeps} cannot see, are added by {@link ProviderModules}. A failure of {@code jdeps} is a failure: its exit status
 * and its messages, never its output taken as a module list.
 */
public final class ModuleNeeds {

    /** What a failed analysis exits with; the build script tells it apart from a crash of this class. */
    public static final int JDEPS_FAILED = 3;

    private ModuleNeeds() {
    }

    /**
     * Prints the modules, comma-separated, on standard output; on a failure, what failed on standard error.
     *
     * @param args the Java feature version, the class path (the bootstrap's {@code -cp}), then the jars to analyse
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ModuleNeeds <java feature version> <class path> <jar>...");
            System.exit(2);
        }
        List<String> roots = List.of(args).subList(2, args.length);
        try {
            System.out.println(modules(args[0], args[1], roots));
        } catch (AnalysisException e) {
            System.err.println("lambda-shim: " + e.getMessage());
            System.exit(JDEPS_FAILED);
        }
    }

    /** A failed analysis, with what {@code jdeps} said. */
    public static final class AnalysisException extends Exception {
        private static final long serialVersionUID = 1L;

        AnalysisException(String message) {
            super(message);
        }
    }

    /**
     * @param release the Java feature version whose classes of multi-release jars count
     * @param classPath the function's class path, as the bootstrap passes it
     * @param roots the jars whose needs count (on the class path too)
     * @return the modules, comma-separated, as {@code jlink --add-modules} takes them
     */
    public static String modules(String release, String classPath, List<String> roots) throws AnalysisException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AnalysisException(
                "this JDK (" + System.getProperty("java.home") + ") has no jdeps (module jdk.jdeps)"));
        Path copies;
        try {
            copies = Files.createTempDirectory("lambda-shim-jdeps");
        } catch (IOException e) {
            throw new AnalysisException("cannot create a temporary directory: " + e.getMessage());
        }
        try {
            Map<String, String> asOnClassPath = new LinkedHashMap<>();
            List<String> stripped = new ArrayList<>();
            for (String jar : classPath.split(File.pathSeparator)) {
                String analysed = withoutDescriptor(Path.of(jar), copies, asOnClassPath.size())
                        .map(Path::toString).orElse(jar);
                if (!analysed.equals(jar)) {
                    stripped.add(jar);
                }
                asOnClassPath.put(jar, analysed);
            }
            List<String> arguments = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                    "--no-recursive", "--multi-release", release,
                    "--class-path", String.join(File.pathSeparator, asOnClassPath.values())));
            for (String root : roots) {
                arguments.add(asOnClassPath.getOrDefault(root, root));
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                status = jdeps.run(o, e, arguments.toArray(String[]::new));
            } catch (RuntimeException e) {
                throw new AnalysisException("jdeps failed on " + roots + ": " + e);
            }
            List<String> lines = out.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String modules = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (status != 0 || !modules.matches("[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*")) {
                throw new AnalysisException("jdeps exited with status " + status + " on " + roots
                        + (stripped.isEmpty() ? "" : " (analysed without their module descriptors: " + stripped + ")")
                        + ": " + (err.toString() + out).strip());
            }
            // What jdeps cannot see: modules the function reaches through the JDK's service lookup (ProviderModules).
            for (String provider : ProviderModules.of(roots)) {
                if (!List.of(modules.split(",")).contains(provider)) {
                    modules = modules + "," + provider;
                }
            }
            return modules;
        } finally {
            deleteTree(copies);
        }
    }

    /**
     * A copy of the jar without its module descriptors, or empty when it has none (or is no jar: a directory).
     * Numbered, so that two jars of one name stay two copies.
     */
    static Optional<Path> withoutDescriptor(Path jar, Path directory, int number) throws AnalysisException {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(entry -> isDescriptor(entry.getName()))) {
                return Optional.empty();
            }
            Path copy = directory.resolve(number + "-" + jar.getFileName());
            try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (isDescriptor(entry.getName())) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (!entry.isDirectory()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return Optional.of(copy);
        } catch (IOException e) {
            throw new AnalysisException("cannot read " + jar + " as a jar: " + e.getMessage());
        }
    }

    private static boolean isDescriptor(String name) {
        return name.equals("module-info.class")
                || (name.startsWith("META-INF/versions/") && name.endsWith("/module-info.class"));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
