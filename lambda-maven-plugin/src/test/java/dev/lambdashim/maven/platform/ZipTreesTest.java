package dev.lambdashim.maven.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipTreesTest {

    private static final FileTime TIME = FileTime.from(Instant.parse("2020-02-02T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void unpacksModesAndTimesAsLambdaDoes() throws IOException {
        Path zip = zip("bootstrap", 0755, "lib/function.jar", 0644);
        Path into = dir.resolve("task");
        ZipTrees.unpack(zip, into);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(into.resolve("bootstrap"))));
        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(into.resolve("lib/function.jar"))));
        assertEquals(TIME.toMillis(), Files.getLastModifiedTime(into.resolve("lib/function.jar")).toMillis());
    }

    @Test
    void refusesAnEntryOutsideTheDirectory() throws IOException {
        Path zip = zip("../escaped", 0644);
        IOException refused = assertThrows(IOException.class, () -> ZipTrees.unpack(zip, dir.resolve("task")));
        assertTrue(refused.getMessage().endsWith("has an entry outside the zip: ../escaped"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped")));
    }

    /** A zip of the given entries: name, mode, name, mode... */
    private Path zip(Object... entries) throws IOException {
        Path zip = dir.resolve("function.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipArchiveEntry entry = new ZipArchiveEntry((String) entries[i]);
                entry.setUnixMode((Integer) entries[i + 1]);
                entry.setLastModifiedTime(TIME);
                out.putArchiveEntry(entry);
                out.write(((String) entries[i]).getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }
}
