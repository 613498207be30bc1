import com.fasterxml.jackson.dataformat.yaml.YAMLMapper
import dev.lambdashim.emulator.Invocation
import dev.lambdashim.emulator.RuntimeApiEmulator
import java.time.Duration
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

File zipFile = new File(basedir, 'target/hello-world.zip')
assert zipFile.isFile()
assert Arrays.equals(zipFile.bytes, new File(basedir, 'target/hello-world-again.zip').bytes) : 'reproducible zip'
String log = new File(basedir, 'build.log').text
assert log.contains('hello-world.zip is up to date') : 'the third build did not re-zip'

// The SAM template, read as SAM reads it: the function as packaged (the last execution's name: hello-world).
def template = new YAMLMapper().readTree(new File(basedir, 'target/template.yaml'))
def function = template.at('/Resources/HelloWorldFunction/Properties')
assert template.at('/Resources/HelloWorldFunction/Type').textValue() == 'AWS::Serverless::Function'
assert function.get('Runtime').textValue() == 'provided.al2023'
assert function.get('Handler').textValue() == 'example.Hello'
assert function.get('CodeUri').textValue() == 'hello-world.zip'
assert function.get('Architectures').get(0).textValue() == 'x86_64'
assert function.get('MemorySize').intValue() == 512
assert function.get('Timeout').intValue() == 30

File unzipped = new File(basedir, 'target/unzipped')
Closure<List<String>> unzip = evaluate(new File(unzipScript))
List<String> names = unzip(zipFile, unzipped)
ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
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
assert !names.any { it.contains('com.amazonaws') } : "AWS's serialization library only for functions on aws-lambda-java-core: $names"

// The bootstrap sizes the JVM from the function's memory as Lambda's sandbox would: what the JVM it starts reports.
Closure<String> jvmFlags = { String toolOptions ->
    ProcessBuilder pb = new ProcessBuilder(new File(unzipped, 'bootstrap').absolutePath).redirectErrorStream(true)
    pb.environment().remove('JAVA_HOME')
    pb.environment().remove('AWS_LAMBDA_RUNTIME_API')  // the runtime then stops at once, after the JVM printed its flags
    pb.environment().put('AWS_LAMBDA_FUNCTION_MEMORY_SIZE', '256')
    pb.environment().put('JAVA_TOOL_OPTIONS', '-XX:+PrintFlagsFinal ' + toolOptions)
    Process p = pb.start()
    String text = p.inputStream.text
    p.waitFor()
    assert text.contains('AWS_LAMBDA_RUNTIME_API is not set') : text
    text
}
Closure<Long> flagIn = { String printed, String name ->
    def m = printed =~ /(?m)^\s*\S+\s+${name}\s+=\s+(\S+)/
    assert m.find() : "no $name in:\n$printed"
    m.group(1) == 'true' ? 1L : m.group(1) == 'false' ? 0L : Long.parseLong(m.group(1))
}
String printed = jvmFlags('')
Closure<Long> flag = { String name -> flagIn(printed, name) }
assert flag('UseSerialGC') == 1L
assert flag('TieredStopAtLevel') == 1L
assert flag('MaxRAM') == 256L * 1024 * 1024
assert flag('NewSize') == 16L * 1024 * 1024
long maxHeap = flag('MaxHeapSize')
assert Math.abs(maxHeap - 217L * 1024 * 1024) <= 2L * 1024 * 1024 : "heap at 85% of 256 MB: $maxHeap"
// Core reflection through native accessors (the bootstrap's comment says why); a function may set it otherwise. A
// system property is not among the printed flags: the bootstrap is run in a scratch task root whose jre/bin/java
// prints its arguments (as bench/jvm-flags.sh reads them).
Closure<String> javaArgs = { String toolOptions ->
    File root = File.createTempDir()
    File fakeJava = new File(root, 'jre/bin/java')
    fakeJava.parentFile.mkdirs()
    fakeJava.text = '#!/bin/sh\necho "$@"\n'
    fakeJava.setExecutable(true)
    ProcessBuilder pb = new ProcessBuilder('sh', new File(unzipped, 'bootstrap').absolutePath).redirectErrorStream(true)
    pb.environment().put('LAMBDA_TASK_ROOT', root.absolutePath)
    pb.environment().put('JAVA_TOOL_OPTIONS', toolOptions)
    Process p = pb.start()
    String text = p.inputStream.text
    p.waitFor()
    root.deleteDir()
    assert text.contains('dev.lambdashim.runtime.Main') : text
    text
}
assert javaArgs('').contains('-Djdk.reflect.useNativeAccessorOnly=true ')
assert !javaArgs('-Djdk.reflect.useNativeAccessorOnly=false').contains('useNativeAccessorOnly')
// The function's own JAVA_TOOL_OPTIONS replace the matching defaults (a second collector would stop the JVM).
String own = jvmFlags('-XX:+UseParallelGC -Xmx100m')
assert flagIn(own, 'UseParallelGC') == 1L && flagIn(own, 'UseSerialGC') == 0L
assert flagIn(own, 'MaxHeapSize') == 100L * 1024 * 1024
assert flagIn(own, 'TieredStopAtLevel') == 1L && flagIn(own, 'MaxRAM') == 256L * 1024 * 1024

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
