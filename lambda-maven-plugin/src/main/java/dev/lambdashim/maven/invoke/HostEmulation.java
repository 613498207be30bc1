package dev.lambdashim.maven.invoke;

import dev.lambdashim.maven.error.LambdaInvokeException;
import dev.lambdashim.maven.platform.Architecture;
import dev.lambdashim.maven.platform.ElfFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether this machine can run another architecture's programs: Linux runs them through an emulator registered with
 * binfmt_misc (Debian's {@code qemu-user-static} registers qemu for each), found by the ELF machine in its magic.
 */
final class HostEmulation {

    private static final Path BINFMT = Path.of("/proc/sys/fs/binfmt_misc");

    private HostEmulation() {
    }

    /** @throws LambdaInvokeException naming the fix when no emulator for {@code architecture} is registered */
    static void require(Architecture architecture, String host) throws LambdaInvokeException {
        if (!registered(architecture)) {
            throw new LambdaInvokeException("This " + architecture.lambdaName() + " zip cannot run on this " + host
                    + " machine: no emulator for " + architecture.lambdaName() + " is registered with binfmt_misc"
                    + " (Debian: apt-get install qemu-user-static binfmt-support). Or invoke it on a Linux "
                    + architecture.lambdaName() + " machine, or package it for " + host
                    + " (-Dlambda.architecture)");
        }
    }

    /** An enabled binfmt_misc entry whose magic is a 64-bit little-endian ELF header for the architecture. */
    static boolean registered(Architecture architecture) {
        // e_ident (64-bit, little-endian, version 1), e_type 2 (executable), e_machine little-endian: the header
        // qemu-user-static registers, "7f454c46...0200b700" for aarch64.
        int machine = ElfFile.machineOf(architecture);
        String magic = "7f454c460201010000000000000000000200"
                + String.format(java.util.Locale.ROOT, "%02x%02x", machine & 0xff, machine >> 8);
        if (!Files.isDirectory(BINFMT)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(BINFMT)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                List<String> lines = readable(entry);
                if (lines.contains("enabled") && lines.stream().anyMatch(l -> l.equals("magic " + magic))) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static List<String> readable(Path entry) {
        try {
            return Files.isRegularFile(entry) && Files.isReadable(entry) ? Files.readAllLines(entry) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
