package dev.lambdashim.maven.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the runtime checks need of a native file in the linked {@code jre/}: the machine it is for, and the symbol
 * versions it needs of its libraries ({@code GLIBC_2.34} ...), read from its ELF header and version-needs section.
 * Only the little-endian 64-bit ELF of Lambda's two architectures is read; anything else is "not ELF".
 *
 * @param machine {@code e_machine}: {@link #X86_64} or {@link #AARCH64} (or another machine's number)
 * @param versionsNeeded the version names of its {@code DT_VERNEED} entries, e.g. {@code GLIBC_2.17}
 */
public record ElfFile(int machine, List<String> versionsNeeded) {

    static final int X86_64 = 62;
    static final int AARCH64 = 183;
    private static final int SHT_GNU_VERNEED = 0x6ffffffe;
    private static final int HEADER = 64;
    private static final int SECTION_HEADER = 64;

    public ElfFile {
        versionsNeeded = List.copyOf(versionsNeeded);
    }

    /** The machine for an architecture. */
    public static int machineOf(Architecture architecture) {
        return architecture == Architecture.ARM64 ? AARCH64 : X86_64;
    }

    /** A machine number as a person reads it. */
    public static String machineName(int machine) {
        return machine == X86_64 ? "x86-64" : machine == AARCH64 ? "aarch64" : "machine " + machine;
    }

    /** The file's ELF facts, or empty when it is not a 64-bit little-endian ELF file. */
    public static Optional<ElfFile> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < HEADER) {
                return Optional.empty();
            }
            ByteBuffer header = readAt(channel, 0, HEADER);
            if (header.getInt(0) != 0x464c457f || header.get(4) != 2 || header.get(5) != 1) {
                return Optional.empty(); // not "\177ELF", or not 64-bit little-endian
            }
            int machine = Short.toUnsignedInt(header.getShort(18));
            long sectionsAt = header.getLong(0x28);
            int sectionCount = Short.toUnsignedInt(header.getShort(0x3c));
            if (sectionsAt <= 0 || sectionCount == 0
                    || sectionsAt + (long) sectionCount * SECTION_HEADER > channel.size()) {
                return Optional.of(new ElfFile(machine, List.of())); // stripped of section headers
            }
            ByteBuffer sections = readAt(channel, sectionsAt, sectionCount * SECTION_HEADER);
            List<String> versions = new ArrayList<>();
            for (int i = 0; i < sectionCount; i++) {
                int at = i * SECTION_HEADER;
                if (sections.getInt(at + 4) == SHT_GNU_VERNEED) {
                    int strings = sections.getInt(at + 40);
                    ByteBuffer names = readAt(channel, sections.getLong(strings * SECTION_HEADER + 24),
                            (int) sections.getLong(strings * SECTION_HEADER + 32));
                    versionsNeeded(readAt(channel, sections.getLong(at + 24), (int) sections.getLong(at + 32)),
                            sections.getInt(at + 44), names, versions);
                }
            }
            return Optional.of(new ElfFile(machine, versions));
        }
    }

    /** The highest {@code GLIBC_2.N} this file needs, as {@code 2.N}, or empty. */
    public Optional<String> glibcNeeded() {
        return versionsNeeded.stream().filter(v -> v.matches("GLIBC_2\\.\\d+(\\.\\d+)?"))
                .map(v -> v.substring("GLIBC_".length())).max(ElfFile::compareVersions);
    }

    /** Compares dotted versions numerically: 2.9 &lt; 2.34. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Walks the Elf64_Verneed entries and their Elf64_Vernaux names. */
    private static void versionsNeeded(ByteBuffer needs, int count, ByteBuffer names, List<String> into) {
        int entry = 0;
        for (int i = 0; i < count && entry >= 0 && entry + 16 <= needs.limit(); i++) {
            int auxCount = Short.toUnsignedInt(needs.getShort(entry + 2));
            int aux = entry + needs.getInt(entry + 8);
            for (int j = 0; j < auxCount && aux >= 0 && aux + 16 <= needs.limit(); j++) {
                into.add(string(names, needs.getInt(aux + 8)));
                int next = needs.getInt(aux + 12);
                if (next == 0) {
                    break;
                }
                aux += next;
            }
            int next = needs.getInt(entry + 12);
            if (next == 0) {
                break;
            }
            entry += next;
        }
    }

    private static String string(ByteBuffer table, int offset) {
        if (offset < 0 || offset >= table.limit()) {
            return "";
        }
        int end = offset;
        while (end < table.limit() && table.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        table.get(offset, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        if (position < 0 || length < 0 || position + length > channel.size()) {
            throw new IOException("ELF section out of the file's bounds");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("ELF file ends early");
            }
        }
        return buffer.flip();
    }
}
