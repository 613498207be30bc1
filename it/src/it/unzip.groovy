// Shared by the verify scripts (the invoker passes its path as the script variable `unzipScript`):
//     Closure<List<String>> unzip = evaluate(new File(unzipScript))
//     List<String> names = unzip(zipFile, new File(basedir, 'target/unzipped'))
// Unpacks a zip the plugin wrote as Lambda would, each file with its entry's Unix mode and time, and returns the
// entry names in the zip's order.
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

return { File zipFile, File into ->
    List<String> names = []
    ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
        for (ZipArchiveEntry entry : zip.entries) {
            names << entry.name
            File out = new File(into, entry.name)
            if (entry.directory) { out.mkdirs(); continue }
            out.parentFile.mkdirs()
            out.bytes = zip.getInputStream(entry).bytes
            out.setLastModified(entry.lastModifiedTime.toMillis())
            int mode = entry.unixMode & 0777
            Files.setPosixFilePermissions(out.toPath(), PosixFilePermissions.fromString([6, 3, 0].collect { shift ->
                int d = (mode >> shift) & 7; (d & 4 ? 'r' : '-') + (d & 2 ? 'w' : '-') + (d & 1 ? 'x' : '-') }.join()))
        }
    }
    names
}
