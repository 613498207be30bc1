import com.fasterxml.jackson.databind.ObjectMapper
import dev.lambdashim.emulator.Invocation
import dev.lambdashim.emulator.RuntimeApiEmulator
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.time.Duration
import java.util.concurrent.TimeUnit
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

// The Spring Boot application's zip and AWS's runtime interface client (laid out as on AWS: the client and its core
// on the class path, the application's classes and jars in the task root) answer the same API Gateway events alike.

File target = new File(basedir, 'target')
File zipFile = new File(target, 'springboot3-rest.zip')
assert zipFile.isFile()
File unzipped = new File(target, 'unzipped')
List<String> names = []
ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
    for (ZipArchiveEntry entry : zip.entries) {
        names << entry.name
        File out = new File(unzipped, entry.name)
        if (entry.directory) { out.mkdirs(); continue }
        out.parentFile.mkdirs()
        out.bytes = zip.getInputStream(entry).bytes
        int mode = entry.unixMode & 0777
        Files.setPosixFilePermissions(out.toPath(), PosixFilePermissions.fromString(
                [6, 3, 0].collect { s -> int d = (mode >> s) & 7; (d & 4 ? 'r' : '-') + (d & 2 ? 'w' : '-') + (d & 1 ? 'x' : '-') }.join()))
    }
}
// Linked: what jdeps found in the application's jars (modular, multi-release ones among them), not a fallback.
String log = new File(basedir, 'build.log').text
assert !log.contains('WARNING: jdeps could not analyse') : 'the module analysis fell back to java.se'
String release = new File(unzipped, 'jre/release').text
List<String> modules = (release =~ /(?m)^MODULES="([^"]*)"/)[0][1].split(' ') as List
assert !modules.contains('java.se') : modules
new File(target, 'linked-modules.txt').text = modules.join('\n') + '\n'

File ricTask = new File(target, 'ric-task')
Closure copyTree = { File from, File to ->
    java.nio.file.Path source = from.toPath()
    Files.walk(source).withCloseable { paths ->
        paths.each { java.nio.file.Path path ->
            java.nio.file.Path dest = to.toPath().resolve(source.relativize(path).toString())
            if (Files.isDirectory(path)) { Files.createDirectories(dest) }
            else { Files.copy(path, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING) }
        }
    }
}
copyTree(new File(target, 'classes'), ricTask)
copyTree(new File(target, 'task-lib'), new File(ricTask, 'lib'))
String java = new File(System.getProperty('java.home'), 'bin/java').absolutePath
String ricClasspath = new File(new File(target, 'ric-lib'), '*').absolutePath
File logs = new File(target, 'compat-logs')
logs.mkdirs()
String handler = 'example.StreamLambdaHandler'

// One process per runtime, every event in turn: a warm application after the first, as on Lambda.
Closure<List<Map>> run = { String runtime, List<String> command, File taskRoot, List<String> events ->
    RuntimeApiEmulator emulator = RuntimeApiEmulator.start()
    try {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(taskRoot)
                .redirectOutput(new File(logs, "${runtime}.log"))
        Map<String, String> env = pb.environment()
        env.keySet().removeIf { it.startsWith('AWS_') || it.startsWith('_') || it.startsWith('LAMBDA_') || it == 'JAVA_TOOL_OPTIONS' || it == 'JAVA_HOME' }
        env.putAll([AWS_LAMBDA_RUNTIME_API: emulator.runtimeApiAddress(), _HANDLER: handler,
                    LAMBDA_TASK_ROOT: taskRoot.absolutePath, AWS_LAMBDA_FUNCTION_NAME: 'springboot3-rest',
                    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
                    AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/springboot3-rest', AWS_REGION: 'us-east-1', TZ: 'UTC',
                    AWS_LAMBDA_LOG_STREAM_NAME: '2026/12/01/[$LATEST]0123456789abcdef'])
        Process process = pb.start()
        try {
            return events.collect { String event ->
                def result = emulator.invoke(Invocation.of(event).withRequestId('8476a536-e9f4-11e8-9739-2dfe598c3fcd'),
                        Duration.ofSeconds(120))
                [outcome: result.outcome().name(), body: result.bodyAsString()]
            }
        } finally {
            process.destroyForcibly()
            process.waitFor(10, TimeUnit.SECONDS)
        }
    } finally {
        emulator.close()
    }
}

ObjectMapper json = new ObjectMapper()
File eventsDir = new File(basedir, 'src/lambda/events')
List<String> eventNames = ['ping.json', 'pets-list.json', 'pet-get.json', 'pet-post.json']
List<String> events = eventNames.collect { new File(eventsDir, it).text }
// And a route the training run never saw: Spring's 404.
events << new File(eventsDir, 'pet-get.json').text.replace('/pets/2', '/pets/9')
eventNames << 'pet-missing'
def aws = run('aws', [java, '-cp', ricClasspath, 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda', handler],
        ricTask, events)
def shim = run('shim', [new File(unzipped, 'bootstrap').absolutePath], unzipped, events)
List<String> differences = []
StringBuilder report = new StringBuilder('| event | status | same answer |\n|---|---|---|\n')
eventNames.eachWithIndex { String name, int i ->
    assert aws[i].outcome == 'RESPONSE' : "AWS's client, $name: ${aws[i].body}"
    boolean same = aws[i].outcome == shim[i].outcome && json.readTree(aws[i].body) == json.readTree(shim[i].body)
    if (!same) {
        differences << "${name}:\n  AWS's client ${aws[i].outcome} ${aws[i].body}\n  lambda-shim  ${shim[i].outcome} ${shim[i].body}"
    }
    report << "| ${name} | ${json.readTree(aws[i].body).get('statusCode')} | ${same ? 'yes' : '**no**'} |\n"
}
new File(target, 'compat-report.md').text = report.toString()
println report
assert json.readTree(shim[0].body).get('body').textValue().contains('Hello, World!') : shim[0].body
assert json.readTree(shim[4].body).get('statusCode').intValue() == 404 : shim[4].body
assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
return true
