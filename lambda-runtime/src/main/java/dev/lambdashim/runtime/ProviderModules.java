package dev.lambdashim.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JDK modules that a function reaches only through a service lookup, which {@code jdeps} cannot see: it reports the
 * modules whose classes a function names, not the providers the JDK finds for it at run time. The one a framework
 * commonly depends on is {@code jdk.zipfs}, the jar file system: Micronaut opens its jars with {@code
 * FileSystems.newFileSystem} to read its bean and service metadata, and without the provider the handler's constructor
 * throws {@code ProviderNotFoundException} (AWS's Java runtime has the whole JDK, so it works there).
 */
final class ProviderModules {

    /** The name of the method a class calls to open a file system; a constant of every class that calls it. */
    private static final byte[] NEW_FILE_SYSTEM = "newFileSystem".getBytes(StandardCharsets.UTF_8);

    private ProviderModules() {
    }

    /**
     * @param roots the function's jars (a directory or a missing file is skipped: jdeps reports on those)
     * @return the provider modules to link besides what jdeps found: {@code jdk.zipfs} when a class of the jars opens
     *         a file system
     */
    static List<String> of(List<String> roots) throws ModuleNeeds.AnalysisException {
        List<String> modules = new ArrayList<>();
        for (String root : roots) {
            if (opensFileSystems(Path.of(root))) {
                modules.add("jdk.zipfs");
                break;
            }
        }
        return modules;
    }

    private static boolean opensFileSystems(Path jar) throws ModuleNeeds.AnalysisException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (contains(in.readAllBytes(), NEW_FILE_SYSTEM)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new ModuleNeeds.AnalysisException("cannot read " + jar + " as a jar: " + e.getMessage());
        }
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
