// Shared by the verify scripts that compare lambda-shim with AWS's runtime interface client (the invoker passes its
// path as the script variable `ricScript`):
//     def ric = evaluate(new File(ricScript))
//     List<Map> answers = ric.run(name: 'case-aws', command: ric.awsCommand(ricClasspath, handler), taskRoot: dir,
//             handler: handler, function: 'my-function', logs: logsDir, invocations: [ric.invocation(eventJson)])
// Each run is one process (AWS's client or a zip's bootstrap) against its own Runtime API emulator, in the same
// environment Lambda gives both, sent the invocations in turn: a warm function after the first, as on Lambda.
import dev.lambdashim.emulator.Invocation
import dev.lambdashim.emulator.RuntimeApiEmulator
import dev.lambdashim.emulator.RuntimeApiHeaders
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.time.Duration
import java.util.concurrent.TimeUnit

String requestId = '8476a536-e9f4-11e8-9739-2dfe598c3fcd'
String java = new File(System.getProperty('java.home'), 'bin/java').absolutePath

// An invocation of the event, its deadline a minute ahead: it is queued before the process starts, and a cold
// start of AWS's client on a loaded machine outlasted the default 3 s (remainingTimePositive false on AWS's side).
Closure<Invocation> invocation = { String event, Map<String, String> headers = [:], String id = requestId ->
    Invocation result = Invocation.of(event).withRequestId(id)
            .withHeader(RuntimeApiHeaders.DEADLINE_MS, Long.toString(System.currentTimeMillis() + 60_000))
    headers.each { k, v -> result = result.withHeader(k, v) }
    result
}

// AWS's client as Lambda's Java runtime starts it: its jars on the class path, the handler as its argument.
Closure<List<String>> awsCommand = { String classpath, String handler ->
    [java, '-cp', classpath, 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda', handler]
}

// Options: name (the log file's), command, taskRoot, handler, function (its name), logs (directory), invocations,
// timeout (per invocation, default 60 s), env (the function's own variables, and those Lambda gives that the run
// does not: its credentials). Returns one [outcome, body, errorType] map per invocation, in order.
Closure<List<Map>> run = { Map o ->
    RuntimeApiEmulator emulator = RuntimeApiEmulator.start()
    try {
        File taskRoot = o.taskRoot
        ProcessBuilder pb = new ProcessBuilder(o.command as List<String>).redirectErrorStream(true).directory(taskRoot)
                .redirectOutput(new File(o.logs as File, "${o.name}.log"))
        Map<String, String> env = pb.environment()
        env.keySet().removeIf { it.startsWith('AWS_') || it.startsWith('_') || it.startsWith('LAMBDA_') || it == 'JAVA_TOOL_OPTIONS' || it == 'JAVA_HOME' }
        env.putAll([AWS_LAMBDA_RUNTIME_API: emulator.runtimeApiAddress(), _HANDLER: o.handler as String,
                    LAMBDA_TASK_ROOT: taskRoot.absolutePath, AWS_LAMBDA_FUNCTION_NAME: o.function as String,
                    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
                    AWS_LAMBDA_LOG_GROUP_NAME: "/aws/lambda/${o.function}".toString(), AWS_REGION: 'us-east-1',
                    TZ: 'UTC', AWS_LAMBDA_LOG_STREAM_NAME: '2026/12/01/[$LATEST]0123456789abcdef'])
        env.putAll((o.env ?: [:]) as Map<String, String>)
        Process process = pb.start()
        try {
            Duration timeout = (o.timeout ?: Duration.ofSeconds(60)) as Duration
            return (o.invocations as List<Invocation>).collect { Invocation inv ->
                def result = emulator.invoke(inv, timeout)
                [outcome: result.outcome().name(), body: result.bodyAsString(),
                 errorType: result.header(RuntimeApiHeaders.FUNCTION_ERROR_TYPE).orElse(null)]
            }
        } finally {
            process.destroyForcibly()
            process.waitFor(10, TimeUnit.SECONDS)
        }
    } finally {
        emulator.close()
    }
}

// Copies a directory tree (the function's classes, its jars) into AWS's client's task root.
Closure copyTree = { File from, File to ->
    Path source = from.toPath()
    Files.walk(source).withCloseable { paths ->
        paths.each { Path path ->
            Path dest = to.toPath().resolve(source.relativize(path).toString())
            if (Files.isDirectory(path)) { Files.createDirectories(dest) }
            else { Files.copy(path, dest, StandardCopyOption.REPLACE_EXISTING) }
        }
    }
}

// For a framework application's verify script: unzips its zip into target/unzipped, checks that the linked modules
// are what jdeps found (not the java.se fallback; listed in target/linked-modules.txt), and lays the application out
// for AWS's client as on AWS (its classes and target/task-lib in target/ric-task, the client's jars in
// target/ric-lib on the class path). Returns [target, unzipped, names (the zip's entries), modules, ricTask,
// ricClasspath, logs (target/compat-logs)].
Closure<Map> frameworkApp = { File basedir, String zipName, String unzipScript ->
    File target = new File(basedir, 'target')
    File zipFile = new File(target, zipName)
    assert zipFile.isFile()
    File unzipped = new File(target, 'unzipped')
    Closure<List<String>> unzip = evaluate(new File(unzipScript))
    List<String> names = unzip(zipFile, unzipped)
    String log = new File(basedir, 'build.log').text
    assert !log.contains('WARNING: jdeps could not analyse') : 'the module analysis fell back to java.se'
    String release = new File(unzipped, 'jre/release').text
    List<String> modules = (release =~ /(?m)^MODULES="([^"]*)"/)[0][1].split(' ') as List
    assert !modules.contains('java.se') : modules
    new File(target, 'linked-modules.txt').text = modules.join('\n') + '\n'
    File ricTask = new File(target, 'ric-task')
    copyTree(new File(target, 'classes'), ricTask)
    copyTree(new File(target, 'task-lib'), new File(ricTask, 'lib'))
    File logs = new File(target, 'compat-logs')
    logs.mkdirs()
    [target: target, unzipped: unzipped, names: names, modules: modules, ricTask: ricTask,
     ricClasspath: new File(new File(target, 'ric-lib'), '*').absolutePath, logs: logs]
}

// For a framework application's verify script: runs the same events (files of eventsDir, in the order of
// eventNames) through AWS's client and through the zip's bootstrap, one process each, with the layout frameworkApp
// returned (app). Options: app, handler, function, eventsDir, eventNames. Returns [aws: answers, shim: answers].
Closure<Map> runBoth = { Map o ->
    Map app = o.app as Map
    Closure<List<Map>> one = { String runtime, List<String> command, File taskRoot ->
        run(name: runtime, command: command, taskRoot: taskRoot, handler: o.handler, function: o.function,
                logs: app.logs, invocations: (o.eventNames as List<String>).collect {
                    invocation(new File(o.eventsDir as File, it).text) })
    }
    [aws: one('aws', awsCommand(app.ricClasspath as String, o.handler as String), app.ricTask as File),
     shim: one('shim', [new File(app.unzipped as File, 'bootstrap').absolutePath], app.unzipped as File)]
}

// Checks that both runtimes answered each event with the same outcome and the same JSON (AWS's client must answer
// every one), writes the table to target/compat-report.md and prints it; fails naming each difference.
Closure sameJsonAnswers = { Map app, List<String> eventNames, List<Map> aws, List<Map> shim ->
    def json = new com.fasterxml.jackson.databind.ObjectMapper()
    List<String> differences = []
    StringBuilder report = new StringBuilder('| event | same answer |\n|---|---|\n')
    eventNames.eachWithIndex { String name, int i ->
        assert aws[i].outcome == 'RESPONSE' : "AWS's client, $name: ${aws[i].body}"
        boolean same = aws[i].outcome == shim[i].outcome && json.readTree(aws[i].body) == json.readTree(shim[i].body)
        if (!same) {
            differences << "${name}:\n  AWS's client ${aws[i].outcome} ${aws[i].body}\n  lambda-shim  ${shim[i].outcome} ${shim[i].body}"
        }
        report << "| ${name} | ${same ? 'yes' : '**no**'} |\n"
    }
    new File(app.target as File, 'compat-report.md').text = report.toString()
    println report
    assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
}

return [requestId: requestId, invocation: invocation, awsCommand: awsCommand, run: run, copyTree: copyTree,
        frameworkApp: frameworkApp, runBoth: runBoth, sameJsonAnswers: sameJsonAnswers]
