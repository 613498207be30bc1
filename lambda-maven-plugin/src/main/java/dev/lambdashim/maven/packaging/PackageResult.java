package dev.lambdashim.maven.packaging;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link LambdaPackager} built.
 *
 * @param zipFile the deployment zip
 * @param upToDate {@code true} when nothing had changed and the existing zip was kept
 * @param entries the zip's entry names, in zip order
 * @param unzippedBytes the total size of the entries, which Lambda limits to 250 MB
 * @param zipBytes the size of the zip, which Lambda limits to 50 MB for direct upload
 * @param warnings size warnings for the build log
 */
public record PackageResult(Path zipFile, boolean upToDate, List<String> entries, long unzippedBytes, long zipBytes,
        List<String> warnings) {

    public PackageResult {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
