import com.fasterxml.jackson.databind.ObjectMapper

// The Micronaut function's zip and AWS's runtime interface client (laid out as on AWS: the client and its core on
// the class path, the function's classes and jars in the task root) answer the same events alike.

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'micronaut-function.zip', unzipScript)
File target = app.target
File unzipped = app.unzipped
File ricTask = app.ricTask
String ricClasspath = app.ricClasspath
File logs = app.logs
List<String> names = app.names
String handler = 'example.OrderHandler'

// Micronaut's annotation processors ran: the injected handler and the bean have compile-time definitions, and the
// zip carries them.
['example/$OrderHandler$Definition.class', 'example/$PriceService$Definition.class'].each { String definition ->
    assert new File(target, "classes/${definition}").isFile() : "no ${definition}: micronaut-inject-java did not run"
}
assert names.any { it.startsWith('lib/') && it.contains('micronaut-function-aws') } : names

File eventsDir = new File(basedir, 'src/lambda/events')
List<String> eventNames = ['order.json', 'empty-order.json', 'order.json']
Closure<List<Map>> run = { String runtime, List<String> command, File taskRoot ->
    ric.run(name: runtime, command: command, taskRoot: taskRoot, handler: handler, function: 'micronaut-function',
            logs: logs, invocations: eventNames.collect { ric.invocation(new File(eventsDir, it).text) })
}
def aws = run('aws', ric.awsCommand(ricClasspath, handler), ricTask)
def shim = run('shim', [new File(unzipped, 'bootstrap').absolutePath], unzipped)

ObjectMapper json = new ObjectMapper()
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
new File(target, 'compat-report.md').text = report.toString()
println report
// The injected bean priced the order in the currency of application.properties.
assert json.readTree(shim[0].body).get('total').doubleValue() == 13.25d : shim[0].body
assert json.readTree(shim[0].body).get('currency').asText() == 'EUR' : shim[0].body
assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
return true
