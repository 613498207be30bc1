package dev.lambdashim.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.codehaus.plexus.archiver.ArchiverException;
import org.codehaus.plexus.archiver.zip.ZipArchiver;

/**
 * Writes reproducible zips with Plexus Archiver: entries in a fixed order, every time stamp set to the build's
 * output timestamp, explicit Unix modes ("made by" Unix), no uid/gid. A zip is written beside its destination and
 * moved into place only when complete, so a failed build never leaves a half-written zip where a deploy would find it.
 */
final class ZipAssembler {

    /**
     * One file in the zip.
     *
     * @param name the entry name, {@code /}-separated
     * @param source the file's content
     * @param mode the Unix permission bits, e.g. {@code 0755}
     */
    record Entry(String name, Path source, int mode) {
    }

    private ZipAssembler() {
    }

    static void write(List<Entry> entries, Path zip, Instant timestamp) throws LambdaPackagingException {
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        try {
            Files.createDirectories(zip.getParent());
            Files.deleteIfExists(partial);
            ZipArchiver archiver = new ZipArchiver();
            archiver.setDestFile(partial.toFile());
            archiver.configureReproducibleBuild(FileTime.from(timestamp));
            for (Entry entry : entries) {
                archiver.addFile(entry.source().toFile(), entry.name(), entry.mode());
            }
            archiver.createArchive();
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | ArchiverException e) {
            throw new LambdaPackagingException("could not write " + zip + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: it is in target/ and the next build replaces it
            }
        }
    }

    /** Packs a directory (the function's classes) into a jar, with the same reproducibility rules. */
    static void jarDirectory(Path directory, Path jar, Instant timestamp) throws LambdaPackagingException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try {
            Files.createDirectories(jar.getParent());
            Files.deleteIfExists(partial);
            ZipArchiver archiver = new ZipArchiver();
            archiver.setDestFile(partial.toFile());
            archiver.configureReproducibleBuild(FileTime.from(timestamp));
            if (Files.isDirectory(directory)) {
                archiver.addDirectory(directory.toFile());
            }
            archiver.setFilesonly(false);
            if (archiver.getResources().hasNext()) {
                archiver.createArchive();
                Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                EmptyJar.write(jar);
            }
        } catch (IOException | ArchiverException e) {
            throw new LambdaPackagingException("could not write " + jar + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** A function whose classes all come from dependencies still gets a (valid, empty) jar of its own. */
    private static final class EmptyJar {
        static void write(Path jar) throws IOException {
            // End-of-central-directory record of an empty zip.
            byte[] empty = {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            Files.write(jar, empty);
        }
    }
}
