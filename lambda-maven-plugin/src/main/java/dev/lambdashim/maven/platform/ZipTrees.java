package dev.lambdashim.maven.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** A zip unpacked as Lambda unpacks a function or a layer: the function's zip for a local run, a layer for a build. */
public final class ZipTrees {

    private ZipTrees() {
    }

    /**
     * Unpacks {@code zip} into {@code into}, which it creates, keeping each file's Unix execute bit and entry time (the
     * start-up cache is checked against both).
     *
     * @throws IOException also for an entry whose name would land outside {@code into}
     */
    public static void unpack(Path zip, Path into) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException(zip + " has an entry outside the zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                        (entry.getUnixMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                Files.setLastModifiedTime(target, entry.getLastModifiedTime());
            }
        }
    }
}
