import dev.lambdashim.emulator.Invocation
import dev.lambdashim.emulator.RuntimeApiEmulator
import java.time.Duration

String log = new File(basedir, 'build.log').text
assert log.contains('Building the Java runtime in lambda-shim/build-jdk:25 for x86_64')
assert log.contains('target JDK 25')
assert log.contains('FunctionRunner: event greeting.json: RESPONSE') : 'trained on the sample event'
// lambda:invoke in the run image: the answer and Lambda's REPORT lines, cold then warm, memory limit applied.
assert log.contains('Response:\n[INFO]   "Hello, World!"')
assert (log =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB\tInit Duration: [0-9.]+ ms/).find()
assert (log =~ /REPORT RequestId: /).count == 2

File zipFile = new File(basedir, 'target/docker-hello-world.zip')
File task = new File(basedir, 'target/task')
Closure<List<String>> unzip = evaluate(new File(unzipScript))
unzip(zipFile, task)
assert new File(task, 'jre/bin/java').canExecute()
assert new File(task, 'lambda-shim.aot').isFile() : 'Java 25, the default, records an AOT cache'

// The zip alone, in an image with no Java at all, answers an event from the Runtime API on the host's loopback.
RuntimeApiEmulator emulator = RuntimeApiEmulator.start()
try {
    Process process = ['docker', 'run', '--rm', '--network', 'host', '-e', "AWS_LAMBDA_RUNTIME_API=${emulator.runtimeApiAddress()}",
            '-e', 'JAVA_TOOL_OPTIONS=-XX:AOTMode=on', '-v', "${task.absolutePath}:/var/task:ro",
            'lambda-shim/provided-al2023-standin:latest', '/var/task/bootstrap'].execute()
    process.consumeProcessOutput(System.out, System.err)
    try {
        def result = emulator.invoke(Invocation.of('{}'), Duration.ofSeconds(90))
        assert result.bodyAsString() == '"Hello, World!"' : result.bodyAsString()
    } finally {
        emulator.close()
        process.waitFor()
    }
} finally {
    emulator.close()
}
return true
