package dev.lambdashim.maven.layerfile;

import dev.lambdashim.maven.platform.ZipTrees;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            ZipTrees.unpack(zip, partial);
            Files.move(partial, opt, StandardCopyOption.ATOMIC_MOVE);
            return opt;
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot unpack the layer " + zip + " into " + layers + ": "
                    + e.getMessage(), e);
        }
    }
}
