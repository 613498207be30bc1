package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.layerfile.LayerDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A built layer.
 *
 * @param zipFile the layer zip
 * @param upToDate {@code true} when nothing had changed and the zip was kept
 * @param descriptor what the layer holds
 * @param zipBytes the zip's size
 * @param unzippedBytes what Lambda counts against its unzipped limit (function and layers together)
 * @param warnings notices for the build's log
 */
public record LayerResult(Path zipFile, boolean upToDate, LayerDescriptor descriptor, long zipBytes,
        long unzippedBytes, List<String> warnings) {

    public LayerResult {
        warnings = List.copyOf(warnings);
    }

    static LayerResult of(Path zip, boolean upToDate, LayerDescriptor descriptor, Path opt, List<String> warnings)
            throws IOException {
        long unzipped = 0;
        try (Stream<Path> files = Files.walk(opt)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                unzipped += Files.size(file);
            }
        }
        return new LayerResult(zip, upToDate, descriptor, Files.size(zip), unzipped, warnings);
    }
}
