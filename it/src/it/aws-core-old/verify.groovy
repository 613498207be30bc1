import java.nio.file.Files
import java.nio.file.StandardCopyOption

// Functions on aws-lambda-java-core 1.0.0 and 1.2.1 (bundled, and 1.2.1 on a lambda-shim layer): each zip runs AWS's
// serialization library on the runtime's own core (1.4.0, the one AWS's runtime interface client uses), ahead of the
// function's old one, and answers as that client answers when laid out as on AWS: the client and its core on the
// class path, the function's classes and its old core in the task root (the client loads them with a class loader of
// their own, below its own classes).

File target = new File(basedir, 'target')
Closure<List<String>> unzip = evaluate(new File(unzipScript))

def ric = evaluate(new File(ricScript))
String ricClasspath = new File(new File(target, 'ric-lib'), '*').absolutePath
File logs = new File(target, 'compat-logs')
logs.mkdirs()

// One process, one invocation.
Closure run = { String name, List<String> command, File taskRoot, String handler, String event ->
    ric.run(name: name, command: command, taskRoot: taskRoot, handler: handler, function: 'old-core', logs: logs,
            invocations: [ric.invocation(event)])[0]
}
Closure copyTree = ric.copyTree

def cases = [
    [name: 'pojo', handler: 'example.Greeter', event: '{"name":"Ada","age":36}'],
    [name: 'stream', handler: 'example.Echo', event: '{"raw": [1, 2.50, "x"]}'],
    [name: 'method', handler: 'example.Maps::describe', event: '{"b":1,"a":[true,null],"c":{"d":"e"},"n":null}'],
]
List<String> differences = []
def zips = [
    [core: '1.0.0', zip: 'core-1.0.0.zip'],
    [core: '1.2.1', zip: 'aws-core-old.zip'],
    [core: '1.2.1', zip: 'core-1.2.1-layered.zip', layered: true],
]
for (Map variant : zips) {
    String core = variant.core
    File zipFile = new File(target, variant.zip)
    assert zipFile.isFile() : "no zip for core $core"
    String variantName = core + (variant.layered ? '-layered' : '')
    File unzipped = new File(target, "unzipped-$variantName")
    List<String> names = unzip(zipFile, unzipped)
    // The runtime's own core and AWS's serialization library; the function's old core stays out of the class path.
    assert names.contains('lib/com.amazonaws.aws-lambda-java-core-1.4.0.jar') : names
    assert names.contains('lib/com.amazonaws.aws-lambda-java-serialization-1.2.0.jar') : names
    assert !names.contains("lib/com.amazonaws.aws-lambda-java-core-${core}.jar".toString()) : "two cores: $names"
    String classpath = new File(unzipped, variant.layered ? 'lambda-shim.classpath' : 'lambda-shim.args').text
    assert classpath.indexOf('aws-lambda-java-core-1.4.0') < classpath.indexOf('function.jar') : "the runtime's core first: $classpath"
    assert classpath.indexOf('aws-lambda-java-serialization-1.2.0') < classpath.indexOf('function.jar') : classpath
    // On the layer: no bootstrap or Java of its own; the layer's bootstrap starts it, as Lambda starts /opt/bootstrap,
    // from where the build unpacked the layer (its cache was recorded there).
    File bootstrap = new File(unzipped, 'bootstrap')
    if (variant.layered) {
        assert !names.contains('bootstrap') && !names.any { it.startsWith('jre/') } : names
        String layerId = new File(unzipped, 'lambda-shim.layer').text.trim()
        bootstrap = new File(target, "lambda-shim/layers/${layerId}/bootstrap")
        assert bootstrap.canExecute() : bootstrap
    }

    // AWS's client, laid out as on AWS: its task root holds the function's classes and its jars (the old core).
    File ricTask = new File(target, "ric-task-$core")
    copyTree(new File(target, 'classes'), ricTask)
    copyTree(new File(target, "task-lib-$core"), new File(ricTask, 'lib'))
    assert new File(ricTask, "lib/aws-lambda-java-core-${core}.jar").isFile()

    for (Map c : cases) {
        def aws = run("${c.name}-${variantName}-aws", ric.awsCommand(ricClasspath, c.handler), ricTask, c.handler,
                c.event)
        def shim = run("${c.name}-${variantName}-shim", [bootstrap.absolutePath], unzipped, c.handler, c.event)
        assert aws.outcome == 'RESPONSE' : "AWS's client on core $core, ${c.name}: ${aws.body}"
        if (aws.outcome != shim.outcome || aws.body != shim.body) {
            differences << "core ${variantName}, ${c.name}:\n  AWS's client ${aws.outcome} ${aws.body}\n  lambda-shim  ${shim.outcome} ${shim.body}"
        }
    }
}
// A zip built otherwise, with the function's old core in place of the runtime's, next to AWS's serialization library
// (what lambda:package built before): the runtime's error names that jar and the fix, not a missing library.
File otherwise = new File(target, 'unzipped-1.2.1')
File args = new File(otherwise, 'lambda-shim.args')
Files.copy(new File(target, 'task-lib-1.2.1/aws-lambda-java-core-1.2.1.jar').toPath(),
        new File(otherwise, 'lib/old-core.jar').toPath(), StandardCopyOption.REPLACE_EXISTING)
args.text = args.text.replace('lib/com.amazonaws.aws-lambda-java-core-1.4.0.jar', 'lib/old-core.jar')
assert args.text.contains('lib/old-core.jar') : args.text
new File(otherwise, 'lambda-shim.jsa').delete()
def broken = run('pojo-old-core-first', [new File(otherwise, 'bootstrap').absolutePath], otherwise, 'example.Greeter',
        '{"name":"Ada","age":36}')
assert broken.outcome == 'INIT_ERROR' : broken
assert broken.body.contains('lib/old-core.jar) is older than the library needs') : broken.body
assert !broken.body.contains('needs AWS\'s serialization library on the classpath') : broken.body

assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
return true
