package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;

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
public final class ZipAssembler {

    /** Stamped on every entry when the project sets no {@code project.build.outputTimestamp}: reproducible regardless. */
    public static final Instant DEFAULT_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");

    /**
     * One file in the zip.
     *
     * @param name the entry name, {@code /}-separated
     * @param source the file's content
     * @param mode the Unix permission bits, e.g. {@code 0755}
     */
    public record Entry(String name, Path source, int mode) {
    }

    private ZipAssembler() {
    }

    public static void write(List<Entry> entries, Path zip, Instant timestamp) throws LambdaPackagingException {
        writeAtomically(zip, timestamp, archiver -> {
            for (Entry entry : entries) {
                archiver.addFile(entry.source().toFile(), entry.name(), entry.mode());
            }
        });
    }

    /** Packs a directory (the function's classes) into a jar, with the same reproducibility rules. */
    public static void jarDirectory(Path directory, Path jar, Instant timestamp) throws LambdaPackagingException {
        writeAtomically(jar, timestamp, archiver -> {
            if (Files.isDirectory(directory)) {
                archiver.addDirectory(directory.toFile());
            }
        });
    }

    /** What goes into an archive. */
    @FunctionalInterface
    private interface Contents {
        void addTo(ZipArchiver archiver);
    }

    /** Writes {@code destination.partial}, then moves it into place; nothing half-written is ever left there. */
    private static void writeAtomically(Path destination, Instant timestamp, Contents contents)
            throws LambdaPackagingException {
        Path partial = destination.resolveSibling(destination.getFileName() + ".partial");
        try {
            Files.createDirectories(destination.getParent());
            Files.deleteIfExists(partial);
            ZipArchiver archiver = new ZipArchiver();
            archiver.setDestFile(partial.toFile());
            archiver.configureReproducibleBuild(FileTime.from(timestamp));
            contents.addTo(archiver);
            if (archiver.getResources().hasNext()) {
                archiver.createArchive();
                Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                EmptyJar.write(destination);
            }
        } catch (IOException | ArchiverException e) {
            throw new LambdaPackagingException("could not write " + destination + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: it is in target/ and the next build replaces it
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
