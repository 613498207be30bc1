package dev.lambdashim.maven.layer;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.packaging.UnzippedSize;
import dev.lambdashim.maven.packaging.ZipAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes the staged layer ({@code opt/}) as a reproducible zip, with the rules of the function zips. */
final class LayerZip {

    private LayerZip() {
    }

    static void write(Path opt, Path zip, Instant timestamp) throws LambdaPackagingException {
        List<ZipAssembler.Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(opt)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = opt.relativize(file).toString().replace('\\', '/');
                entries.add(new ZipAssembler.Entry(name, file, Files.isExecutable(file) ? 0755 : 0644));
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the staged layer " + opt + ": " + e.getMessage(), e);
        }
        UnzippedSize.check(entries, zip);
        ZipAssembler.write(entries, zip, timestamp);
    }
}
