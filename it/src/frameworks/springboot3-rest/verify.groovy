import com.fasterxml.jackson.databind.ObjectMapper
import java.time.Duration

// The Spring Boot application's zip and AWS's runtime interface client (laid out as on AWS: the client and its core
// on the class path, the application's classes and jars in the task root) answer the same API Gateway events alike.

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'springboot3-rest.zip', unzipScript)
File target = app.target
File unzipped = app.unzipped
File ricTask = app.ricTask
String ricClasspath = app.ricClasspath
File logs = app.logs
String handler = 'example.StreamLambdaHandler'

// One process per runtime, every event in turn: a warm application after the first, as on Lambda.
Closure<List<Map>> run = { String runtime, List<String> command, File taskRoot, List<String> events ->
    ric.run(name: runtime, command: command, taskRoot: taskRoot, handler: handler, function: 'springboot3-rest',
            logs: logs, invocations: events.collect { ric.invocation(it) }, timeout: Duration.ofSeconds(120))
}

ObjectMapper json = new ObjectMapper()
File eventsDir = new File(basedir, 'src/lambda/events')
List<String> eventNames = ['ping.json', 'pets-list.json', 'pet-get.json', 'pet-post.json']
List<String> events = eventNames.collect { new File(eventsDir, it).text }
// And a route the training run never saw: Spring's 404.
events << new File(eventsDir, 'pet-get.json').text.replace('/pets/2', '/pets/9')
eventNames << 'pet-missing'
def aws = run('aws', ric.awsCommand(ricClasspath, handler), ricTask, events)
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
