import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

/** Adds lib/server/libjvm.debuginfo to a jmod (a 4-byte header, then a zip). */
public class AddDebugInfo {
    public static void main(String[] args) throws IOException {
        Path jmod = Path.of(args[0]);
        byte[] all = Files.readAllBytes(jmod);
        Path rewritten = Path.of(args[0] + ".new");
        try (OutputStream out = Files.newOutputStream(rewritten)) {
            out.write(all, 0, 4);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(all, 4, all.length - 4));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                }
                zip.putNextEntry(new ZipEntry("lib/server/libjvm.debuginfo"));
                zip.write(Files.readAllBytes(Path.of(args[1])));
            }
        }
        Files.move(rewritten, jmod, StandardCopyOption.REPLACE_EXISTING);
    }
}
