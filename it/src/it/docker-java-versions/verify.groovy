import org.apache.commons.compress.archivers.zip.ZipFile

String log = new File(basedir, 'build.log').text
for (String v : ['17', '21']) {
    assert log.contains("Building the Java runtime in lambda-shim/build-jdk:$v for x86_64")
    assert log.contains("lambda-shim: target JDK $v ")
    File zipFile = new File(basedir, "target/hello-${v}.zip")
    ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
        def names = zip.entries.toList()*.name
        assert names.contains('jre/bin/java') && names.contains('lambda-shim.jsa') : "Java $v: AppCDS archive"
        assert !names.any { it.endsWith('.debuginfo') || it.endsWith('.diz') } : "Java $v: no debug-info files"
    }
}
// lambda:invoke of each: the answer, a cold REPORT, and the trained archive mapped (-Xshare:on fails otherwise).
assert (log =~ /Response:\n\[INFO\]   "Hello, World!"/).count == 2
assert (log =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB\tInit Duration: [0-9.]+ ms\n/).count == 2
assert (log =~ /\[info\]\[cds\] Opened (shared )?archive lambda-shim\.jsa/).count == 2
assert (log =~ /\[info\]\[cds\] Mapped static +region #0/).count >= 2

// The JDK 21 image has no objcopy and a libjvm.debuginfo in its jmods: neither reaches the zip (checked above).
assert log.contains('lambda-shim: no objcopy (binutils) here')
assert ['docker', 'run', '--rm', 'lambda-shim/build-jdk:21', 'sh', '-c',
        'jmod list $JAVA_HOME/jmods/java.base.jmod | grep -qx lib/server/libjvm.debuginfo'].execute().waitFor() == 0
// Its glibc (Debian trixie's 2.41) is newer than Lambda's: the build warns, for 21 only.
assert (log =~ /\[WARNING\] The Java runtime linked in the build image lambda-shim\/build-jdk:21 needs glibc 2\.(3[5-9]|[4-9]\d) \(jre\/\S+\), newer than the 2\.34 of Amazon Linux 2023/).find()
assert !log.contains('linked in the build image lambda-shim/build-jdk:17 needs glibc')
return true
