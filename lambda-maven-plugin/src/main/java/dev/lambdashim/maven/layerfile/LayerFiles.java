package dev.lambdashim.maven.layerfile;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A layer unpacked as Lambda unpacks it into {@code /opt} (modes and entry times kept: the JVM checks a start-up
 * cache against them), once per layer id under {@code target/lambda-shim/layers/<id>/}. The build trains a function
 * on it there, and {@code lambda:invoke} runs the function on the same files (mounted at {@code /opt} in Docker), so
 * the cache recorded on the host maps on the host too.
 */
public final class LayerFiles {

    private LayerFiles() {
    }

    /** @return the directory that stands for {@code /opt}: {@code bootstrap}, {@code lambda-shim/} */
    public static Path unpack(Path zip, LayerDescriptor descriptor, Path workDirectory)
            throws LambdaPackagingException {
        Path layers = workDirectory.resolve("layers");
        Path opt = layers.resolve(descriptor.id());
        if (Files.isRegularFile(opt.resolve(LayerDescriptor.ID_FILE))) {
            return opt;
        }
        Path partial = layers.resolve(descriptor.id() + ".partial");
        try {
            FileTrees.deleteTree(partial);
            try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
                for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new LambdaPackagingException(zip + " has an entry outside the layer: " + entry.getName());
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
            Files.move(partial, opt, StandardCopyOption.ATOMIC_MOVE);
            return opt;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot unpack the layer " + zip + " into " + layers + ": "
                    + e.getMessage(), e);
        }
    }
}
