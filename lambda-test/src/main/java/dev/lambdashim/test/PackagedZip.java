package dev.lambdashim.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** A deployment zip: found, checked (a {@code bootstrap}, the machine's architecture) and unpacked as Lambda does. */
final class PackagedZip {

    private static final int EM_X86_64 = 0x3e;
    private static final int EM_AARCH64 = 0xb7;

    private PackagedZip() {
    }

    /** The one zip with a {@code bootstrap} in {@code directory} (a project's {@code target/}). */
    static Path findIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("There is no " + directory.toAbsolutePath() + " to find the function's zip"
                    + " in: run the tests in the integration-test phase (maven-failsafe-plugin), after lambda:package,"
                    + " or name the zip with PackagedFunction.of(Path)");
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(directory)) {
            zips = files.filter(p -> p.getFileName().toString().endsWith(".zip") && Files.isRegularFile(p))
                    .filter(PackagedZip::hasBootstrap).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory.toAbsolutePath() + ": " + e, e);
        }
        if (zips.isEmpty()) {
            throw new IllegalStateException("There is no function zip (a .zip with a bootstrap) in "
                    + directory.toAbsolutePath() + ": run mvn verify (lambda:package runs in the package phase, before"
                    + " failsafe's integration tests), or name the zip with PackagedFunction.of(Path)");
        }
        if (zips.size() > 1) {
            throw new IllegalStateException("There are " + zips.size() + " function zips in "
                    + directory.toAbsolutePath() + " (" + zips.stream().map(p -> p.getFileName().toString())
                    .collect(Collectors.joining(", ")) + "): name one with PackagedFunction.of(Path)");
        }
        return zips.get(0);
    }

    private static boolean hasBootstrap(Path zip) {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            return file.getEntry("bootstrap") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static final Path BINFMT = Path.of("/proc/sys/fs/binfmt_misc");

    /** Checks the zip can run here; the message names what is wrong and the fix. */
    static void check(Path zip) {
        check(zip, hostArchitecture(), BINFMT);
    }

    /**
     * @param host this machine's architecture
     * @param binfmt where binfmt_misc lists the emulators registered for other architectures' programs
     */
    static void check(Path zip, String host, Path binfmt) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("There is no " + zip.toAbsolutePath() + " to run: run mvn package first"
                    + " (lambda:package writes target/<artifactId>.zip; failsafe's integration tests run after it)");
        }
        String architecture;
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            if (file.getEntry("bootstrap") == null) {
                throw new IllegalStateException(zip.toAbsolutePath() + " has no bootstrap at its root: it is not a"
                        + " function zip of a custom runtime (lambda:package makes one)");
            }
            architecture = architecture(file);
        } catch (IOException e) {
            throw new IllegalStateException(zip.toAbsolutePath() + " cannot be read as a zip: " + e.getMessage(), e);
        }
        if (architecture != null && host != null && !architecture.equals(host) && !emulated(architecture, binfmt)) {
            throw new IllegalStateException(zip.toAbsolutePath() + " is built for " + architecture + " and this"
                    + " machine is " + host + ", with no emulator for " + architecture + " registered (Debian:"
                    + " apt-get install qemu-user-static binfmt-support): package the zip for " + host
                    + " (-Dlambda.architecture=" + host + ") to test it here, or run the tests on an " + architecture
                    + " machine");
        }
    }

    /** {@code x86_64} or {@code arm64} from the ELF header of the zip's {@code java} launcher; null if none. */
    static String architecture(ZipFile file) throws IOException {
        for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
            if (entry.isDirectory() || !entry.getName().endsWith("bin/java")) {
                continue;
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] header = in.readNBytes(20);
                if (header.length == 20 && header[0] == 0x7f && header[1] == 'E' && header[2] == 'L'
                        && header[3] == 'F') {
                    int machine = (header[18] & 0xff) | (header[19] & 0xff) << 8;
                    return machine == EM_X86_64 ? "x86_64" : machine == EM_AARCH64 ? "arm64"
                            : "ELF machine " + machine;
                }
            }
        }
        return null;
    }

    static String hostArchitecture() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : null;
    }

    /** Whether binfmt_misc has an enabled emulator for that architecture (qemu-user-static registers them so). */
    private static boolean emulated(String architecture, Path binfmt) {
        String name = architecture.equals("arm64") ? "qemu-aarch64" : architecture.equals("x86_64") ? "qemu-x86_64"
                : null;
        if (name == null) {
            return false;
        }
        Path entry = binfmt.resolve(name);
        try {
            return Files.isReadable(entry) && Files.readAllLines(entry).contains("enabled");
        } catch (IOException e) {
            return false;
        }
    }

    /** Unpacks as Lambda does, keeping executable bits and entry times (the start-up cache checks both). */
    static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(file.getEntries()));
            for (ZipArchiveEntry entry : entries) {
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
