package dev.lambdashim.maven.javaruntime;

import dev.lambdashim.maven.error.LambdaPackagingException;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.ElfFile;






import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a linked {@code jre/}, on the native files of the JDK running the test. */
class LinkedRuntimeCheckTest {

    @TempDir
    Path dir;

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    private static final Architecture HOST = Architecture.ofMachine(System.getProperty("os.arch"));
    private static final Architecture OTHER = HOST == Architecture.ARM64 ? Architecture.X86_64 : Architecture.ARM64;

    /** A jre/ with this JDK's libjvm.so and java launcher. */
    private Path jre() throws Exception {
        Path jre = Files.createDirectories(dir.resolve("jre/lib/server"));
        Files.copy(JAVA_HOME.resolve("lib/server/libjvm.so"), jre.resolve("libjvm.so"));
        Files.createDirectories(dir.resolve("jre/bin"));
        Files.copy(JAVA_HOME.resolve("bin/java"), dir.resolve("jre/bin/java"));
        Files.writeString(dir.resolve("jre/release"), "JAVA_VERSION=\"17\"\n");
        return dir.resolve("jre");
    }

    @Test
    void readsTheMachineAndTheGlibcVersionsANativeFileNeeds() throws Exception {
        ElfFile jvm = ElfFile.read(JAVA_HOME.resolve("lib/server/libjvm.so")).orElseThrow();
        assertEquals(ElfFile.machineOf(HOST), jvm.machine());
        assertTrue(jvm.versionsNeeded().contains("GLIBC_2.2.5") || jvm.versionsNeeded().contains("GLIBC_2.17"),
                jvm.versionsNeeded()::toString); // the baseline symbol version of x86-64 / aarch64 glibc
        assertTrue(jvm.glibcNeeded().isPresent());
        assertTrue(ElfFile.read(JAVA_HOME.resolve("lib/modules")).isEmpty(), "not ELF");
    }

    @Test
    void dottedVersionsCompareNumerically() {
        assertTrue(ElfFile.compareVersions("2.9", "2.34") < 0);
        assertTrue(ElfFile.compareVersions("2.38", "2.34") > 0);
        assertEquals(0, ElfFile.compareVersions("2.34", "2.34"));
        assertTrue(ElfFile.compareVersions("2.2.5", "2.2") > 0);
    }

    @Test
    void aRuntimeForTheRightMachineIsAccepted() throws Exception {
        List<String> warnings = LinkedRuntimeCheck.check(jre(), HOST, "the build image x");
        String glibc = ElfFile.read(JAVA_HOME.resolve("lib/server/libjvm.so")).orElseThrow().glibcNeeded()
                .orElseThrow();
        // This JDK's own glibc needs decide whether Lambda's 2.34 would do: the warning says so exactly then.
        assertEquals(ElfFile.compareVersions(glibc, LinkedRuntimeCheck.LAMBDA_GLIBC) > 0, !warnings.isEmpty(),
                warnings::toString);
    }

    @Test
    void aRuntimeForAnotherMachineIsRefusedNamingAFileAndTheFix() throws Exception {
        Path jre = jre();
        String message = assertThrows(LambdaPackagingException.class,
                () -> LinkedRuntimeCheck.check(jre, OTHER, "the build image lambda-shim/build-jdk:17")).getMessage();
        assertEquals("The Java runtime linked in the build image lambda-shim/build-jdk:17 is not for "
                + OTHER.lambdaName() + ": jre/bin/java is an " + ElfFile.machineName(ElfFile.machineOf(HOST))
                + " file. Use a build image whose JDK is for " + OTHER.lambdaName() + " (<image>, -Dlambda.image), or"
                + " set <architecture> (-Dlambda.architecture) to the JDK's", message);
    }

    @Test
    void separateDebugInfoFilesAreRefused() throws Exception {
        Path jre = jre();
        Files.write(jre.resolve("lib/server/libjvm.debuginfo"), new byte[] {1, 2, 3});
        String message = assertThrows(LambdaPackagingException.class,
                () -> LinkedRuntimeCheck.check(jre, HOST, "the build image x")).getMessage();
        assertTrue(message.contains("holds debug-info files (jre/lib/server/libjvm.debuginfo)"), message);
    }
}
