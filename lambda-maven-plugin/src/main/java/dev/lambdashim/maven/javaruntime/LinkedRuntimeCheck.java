package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.ElfFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the linked {@code jre/} before it goes into a zip: every native file is for the function's architecture (a
 * build image can be labelled for one platform and hold a JDK for another), it holds no separate debug-info files,
 * and it needs no newer glibc than Lambda's {@code provided.al2023} has (a JDK built on a newer Linux may not start
 * there: the build goes on with a warning).
 */
public final class LinkedRuntimeCheck {

    /** The glibc of Amazon Linux 2023, on which {@code provided.al2023} runs. */
    static final String LAMBDA_GLIBC = "2.34";

    private LinkedRuntimeCheck() {
    }

    /**
     * @param builtIn where the runtime was linked, for messages: "the build image X" or "this machine's JDK"
     * @return warnings for the build's log
     * @throws LambdaPackagingException when a file is for another machine or is separate debug info
     */
    public static List<String> check(Path jre, Architecture architecture, String builtIn) throws LambdaPackagingException {
        int machine = ElfFile.machineOf(architecture);
        String glibc = null;
        Path glibcFile = null;
        List<String> debugInfo = new ArrayList<>();
        try (Stream<Path> files = Files.walk(jre)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = jre.getParent().relativize(file).toString();
                if (name.endsWith(".debuginfo") || name.endsWith(".diz")) {
                    debugInfo.add(name);
                    continue;
                }
                ElfFile elf = ElfFile.read(file).orElse(null);
                if (elf == null) {
                    continue;
                }
                if (elf.machine() != machine) {
                    throw new LambdaPackagingException("The Java runtime linked in " + builtIn + " is not for "
                            + architecture.lambdaName() + ": " + name + " is an " + ElfFile.machineName(elf.machine())
                            + " file. Use a build image whose JDK is for " + architecture.lambdaName()
                            + " (<image>, -Dlambda.image), or set <architecture> (-Dlambda.architecture) to the"
                            + " JDK's");
                }
                String needed = elf.glibcNeeded().orElse(null);
                if (needed != null && (glibc == null || ElfFile.compareVersions(needed, glibc) > 0)) {
                    glibc = needed;
                    glibcFile = file;
                }
            }
        } catch (IOException e) {
            throw new LambdaPackagingException("cannot read the linked runtime " + jre + ": " + e.getMessage(), e);
        }
        if (!debugInfo.isEmpty()) {
            throw new LambdaPackagingException("The Java runtime linked in " + builtIn + " holds debug-info files ("
                    + String.join(", ", debugInfo.subList(0, Math.min(3, debugInfo.size())))
                    + (debugInfo.size() > 3 ? ", ..." : "") + "), which the build leaves out: a broken plugin"
                    + " build script");
        }
        List<String> warnings = new ArrayList<>();
        if (glibc != null && ElfFile.compareVersions(glibc, LAMBDA_GLIBC) > 0) {
            warnings.add("The Java runtime linked in " + builtIn + " needs glibc " + glibc + " ("
                    + jre.getParent().relativize(glibcFile) + "), newer than the " + LAMBDA_GLIBC + " of Amazon Linux"
                    + " 2023 that provided.al2023 runs on: it may not start on Lambda. Build in an Amazon Linux 2023"
                    + " image (the default Corretto image, or <image> with glibc " + LAMBDA_GLIBC + ")");
        }
        return warnings;
    }
}
