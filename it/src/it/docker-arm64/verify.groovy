import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

String log = new File(basedir, 'build.log').text
boolean emulated = System.getProperty('os.arch') in ['amd64', 'x86_64']
assert log.contains('Building the Java runtime in lambda-shim/build-jdk:25-arm64 for arm64')
assert log.contains('lambda-shim: target JDK 25 ')
assert log.contains('lambda-shim: no objcopy (binutils) here') : 'the image lacks binutils'
assert log.contains('FunctionRunner: event {}: RESPONSE') || log =~ /FunctionRunner: .*RESPONSE/ : 'training run'

// lambda:invoke: the answer, and a REPORT line that says the run was emulated.
assert log.contains('Response:\n[INFO]   "Hello, World!"')
def report = (log =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 512 MB\tMax Memory Used: (\d+ MB|n\/a)\tInit Duration: [0-9.]+ ms(.*)\n/)
assert report.find() : 'a cold REPORT line'
if (emulated) {
    assert report.group(2) == "\tArchitecture: arm64 (emulated on ${['docker', 'info', '--format', '{{.Architecture}}'].execute().text.trim()}: durations are not Lambda's)"
} else {
    assert report.group(2) == ''
}
// The AOT cache recorded under emulation is mapped by the arm64 JVM (-XX:AOTMode=on fails otherwise).
assert log.contains('[info][aot] Opened AOT cache lambda-shim.aot.')
assert (log =~ /\[info\]\[aot\] Mapped static +region #0/).find()

// The zip's jre/ holds aarch64 ELF files only, and no debug-info files.
int elfFiles = 0
ZipFile.builder().setFile(new File(basedir, 'target/docker-arm64.zip')).get().withCloseable { zip ->
    for (ZipArchiveEntry entry : zip.entries) {
        assert !entry.name.endsWith('.debuginfo') && !entry.name.endsWith('.diz') : entry.name
        if (!entry.name.startsWith('jre/') || entry.directory) continue
        byte[] head = zip.getInputStream(entry).readNBytes(20)
        if (head.length == 20 && head[0] == 0x7f && head[1] == (byte) 'E' && head[2] == (byte) 'L' && head[3] == (byte) 'F') {
            int machine = (head[18] & 0xff) | ((head[19] & 0xff) << 8)
            assert machine == 183 : "${entry.name} is ELF machine $machine, not aarch64 (183)"
            elfFiles++
        }
    }
}
assert elfFiles >= 10 : "native files in jre/: $elfFiles"
return true
