import dev.lambdashim.emulator.Invocation
import dev.lambdashim.emulator.RuntimeApiEmulator
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.time.Duration
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

File zipFile = new File(basedir, 'target/hello-world.zip')
assert zipFile.isFile()
assert Arrays.equals(zipFile.bytes, new File(basedir, 'target/hello-world-again.zip').bytes) : 'reproducible zip'
String log = new File(basedir, 'build.log').text
assert log.contains('hello-world.zip is up to date') : 'the third build did not re-zip'

String template = new File(basedir, 'target/template.yaml').text
assert template.contains('Runtime: provided.al2023')
assert template.contains("Handler: 'example.Hello'")
assert template.contains('CodeUri: hello-world.zip')
assert template.contains('        - x86_64')
assert template.contains('MemorySize: 512')

File unzipped = new File(basedir, 'target/unzipped')
List<String> names = []
ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
    for (ZipArchiveEntry entry : zip.entries) {
        names << entry.name
        File out = new File(unzipped, entry.name)
        if (entry.directory) { out.mkdirs(); continue }
        out.parentFile.mkdirs()
        out.bytes = zip.getInputStream(entry).bytes
        out.setLastModified(entry.lastModifiedTime.toMillis())
        Files.setPosixFilePermissions(out.toPath(), PosixFilePermissions.fromString(
                Integer.toString(entry.unixMode & 0777, 8).padLeft(3, '0').collect { d ->
                    int n = d as int; (n & 4 ? 'r' : '-') + (n & 2 ? 'w' : '-') + (n & 1 ? 'x' : '-') }.join()))
    }
    assert (zip.getEntry('bootstrap').unixMode & 0777) == 0755
    assert zip.getEntry('bootstrap').platform == ZipArchiveEntry.PLATFORM_UNIX
}
assert names.contains('lib/function.jar')
assert names.contains('jre/bin/java') : 'a Java runtime of its own'
assert names.contains('lambda-shim.jsa') || names.contains('lambda-shim.aot') : 'a start-up cache'
assert log.contains('Java runtime and start-up cache are up to date') : 'the second build reused the runtime'
assert names.any { it ==~ /lib\/commons-io\.commons-io-2\.18\.0\.jar/ } : "runtime scope is packaged: $names"
assert names.any { it ==~ /lib\/dev\.lambdashim\.lambda-runtime-.*\.jar/ } : names
assert !names.any { it.contains('javax.inject') } : "provided scope is not packaged: $names"
assert !names.any { it.contains('commons-compress') } : "test scope is not packaged: $names"

// The packaged bootstrap answers an event from a real Runtime API server.
RuntimeApiEmulator emulator = RuntimeApiEmulator.start()
try {
    ProcessBuilder pb = new ProcessBuilder(new File(unzipped, 'bootstrap').absolutePath).redirectErrorStream(true)
    pb.environment().put('AWS_LAMBDA_RUNTIME_API', emulator.runtimeApiAddress())
    pb.environment().put('LAMBDA_TASK_ROOT', unzipped.absolutePath)
    pb.environment().remove('JAVA_HOME')
    pb.environment().put('JAVA_TOOL_OPTIONS', '-Xshare:on')  // fails to start if the trained cache does not map
    pb.environment().put('_HANDLER', 'placeholder')
    Process process = pb.start()
    try {
        def result = emulator.invoke(Invocation.of('{}'), Duration.ofSeconds(60))
        assert result.bodyAsString() == '"Hello, World!"' : result.bodyAsString()
    } finally {
        process.destroyForcibly()
        process.waitFor()
    }
} finally {
    emulator.close()
}
return true
