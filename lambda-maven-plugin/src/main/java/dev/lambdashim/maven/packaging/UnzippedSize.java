package dev.lambdashim.maven.packaging;

import dev.lambdashim.maven.error.LambdaPackagingException;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lambda's limit on a function's unzipped size: a zip over it cannot be deployed, so it is refused before it is
 * written, naming what takes the room.
 */
public final class UnzippedSize {

    /**
     * Lambda's quota on the unzipped deployment package, function and layers together: "250 MB" on Lambda's quotas
     * page; its deploy error says "Unzipped size must be smaller than 262144000 bytes".
     */
    public static final long LIMIT = 262_144_000L;
    private static final int NAMED = 5;

    private UnzippedSize() {
    }

    /** The bytes Lambda counts: the sum of the entries' sizes. */
    static long total(List<ZipAssembler.Entry> entries) throws IOException {
        long total = 0;
        for (ZipAssembler.Entry entry : entries) {
            total += Files.size(entry.source());
        }
        return total;
    }

    /** @throws LambdaPackagingException naming the biggest entries when the entries reach {@link #LIMIT} */
    public static void check(List<ZipAssembler.Entry> entries, java.nio.file.Path zip) throws LambdaPackagingException {
        check(entries, zip, null);
    }

    /**
     * @param layer the unpacked layer the function runs on, which counts against the same limit, or {@code null}
     */
    static void check(List<ZipAssembler.Entry> entries, java.nio.file.Path zip, java.nio.file.Path layer)
            throws LambdaPackagingException {
        try {
            long layerBytes = 0;
            if (layer != null) {
                try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(layer)) {
                    for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(Files::isRegularFile)::iterator) {
                        layerBytes += Files.size(file);
                    }
                }
            }
            long total = total(entries) + layerBytes;
            if (total < LIMIT) {
                return;
            }
            if (layerBytes > 0 && total(entries) < LIMIT) {
                throw new LambdaPackagingException(zip.getFileName() + " would be " + LambdaPackager.megabytes(
                        total(entries)) + " unzipped, and its layer " + LambdaPackager.megabytes(layerBytes) + ": over"
                        + " Lambda's limit of " + LambdaPackager.megabytes(LIMIT) + " for a function and its layers"
                        + " together, so it is not written. Trim runtime-scope dependencies, or the layer's <modules>");
            }
            List<long[]> sizes = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                sizes.add(new long[] {Files.size(entries.get(i).source()), i});
            }
            String biggest = sizes.stream().sorted(Comparator.comparingLong((long[] s) -> s[0]).reversed())
                    .limit(NAMED).map(s -> entries.get((int) s[1]).name() + " " + LambdaPackager.megabytes(s[0]))
                    .collect(Collectors.joining(", "));
            throw new LambdaPackagingException(zip.getFileName() + " would be " + LambdaPackager.megabytes(total)
                    + " unzipped, over Lambda's limit of " + LambdaPackager.megabytes(LIMIT) + " (function and"
                    + " layers together), so it is not written. The biggest entries: " + biggest + ". Trim"
                    + " runtime-scope dependencies, or keep large data in S3 and read it at run time");
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the staged function: " + e.getMessage(), e);
        }
    }
}
