import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.node.ObjectNode
import dev.lambdashim.emulator.RuntimeApiHeaders

// The Powertools function's zip and AWS's runtime interface client (laid out as on AWS: the client and its core on
// the class path, the function's classes and jars in the task root) get the same events, each with its own request
// id. Compared: the answers, and what Powertools writes: its JSON log records (the invocation's Lambda context, cold
// start, the structured arguments, the logged event) and its metrics in CloudWatch's embedded metric format.

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'powertools.zip', unzipScript)
File target = app.target
File unzipped = app.unzipped
File ricTask = app.ricTask
String ricClasspath = app.ricClasspath
File logs = app.logs
List<String> names = app.names

// Woven at compile time: the handler's class calls Powertools' aspects, and the zip carries AspectJ's runtime.
String classFile = new File(target, 'classes/example/OrderHandler.class').getText('ISO-8859-1')
assert classFile.contains('LambdaLoggingAspect') && classFile.contains('LambdaMetricsAspect') : 'not woven'
assert names.any { it.startsWith('lib/') && it.contains('aspectjrt') } : names
String handler = 'example.OrderHandler'

File eventsDir = new File(basedir, 'src/lambda/events')
List<String> eventNames = ['order.json', 'empty-order.json', 'order.json']
List<String> requestIds = ['11111111-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000002',
                           '11111111-0000-4000-8000-000000000003']
Closure<List<Map>> run = { String runtime, List<String> command, File taskRoot ->
    ric.run(name: runtime, command: command, taskRoot: taskRoot, handler: handler, function: 'powertools',
            logs: logs, invocations: eventNames.withIndex().collect { String event, int i ->
                ric.invocation(new File(eventsDir, event).text, [(RuntimeApiHeaders.TRACE_ID):
                        "Root=1-5759e988-bd862e3fe1be46a99427279${i};Parent=53995c3f42cd8ad8;Sampled=1".toString()],
                        requestIds[i]) })
}
def aws = run('aws', ric.awsCommand(ricClasspath, handler), ricTask)
def shim = run('shim', [new File(unzipped, 'bootstrap').absolutePath], unzipped)

ObjectMapper json = new ObjectMapper()
// Powertools' records in a process's output: its log records (they name the service) and its metrics (`_aws`),
// without what differs from one run to the next (the times).
Closure<List<JsonNode>> records = { String runtime ->
    new File(logs, "${runtime}.log").readLines().findAll { it.startsWith('{') }.collect { json.readTree(it) }
            .findAll { it.has('service') || it.has('_aws') }.collect { JsonNode node ->
                ObjectNode copy = node.deepCopy()
                copy.remove('timestamp')
                if (copy.has('_aws')) { ((ObjectNode) copy.get('_aws')).remove('Timestamp') }
                copy
            }
}
List<String> differences = []
StringBuilder report = new StringBuilder('| event | request id | same answer |\n|---|---|---|\n')
eventNames.eachWithIndex { String name, int i ->
    assert aws[i].outcome == 'RESPONSE' : "AWS's client, $name: ${aws[i].body}"
    boolean same = aws[i].outcome == shim[i].outcome && json.readTree(aws[i].body) == json.readTree(shim[i].body)
    if (!same) {
        differences << "${name}:\n  AWS's client ${aws[i].outcome} ${aws[i].body}\n  lambda-shim  ${shim[i].outcome} ${shim[i].body}"
    }
    report << "| ${name} | ${requestIds[i]} | ${same ? 'yes' : '**no**'} |\n"
}
List<JsonNode> awsRecords = records('aws')
List<JsonNode> shimRecords = records('shim')
// What Powertools wrote under AWS's client: per invocation the logged event, the priced order (a warning for the
// empty one) and one metrics record, the first one's cold start among them.
assert awsRecords.count { it.path('message').asText() == 'order priced' } == 3 : awsRecords
assert awsRecords.count { it.has('_aws') } >= 3 : awsRecords
report << "\nPowertools' records: ${awsRecords.size()} under AWS's client, ${shimRecords.size()} under lambda-shim; "
if (awsRecords != shimRecords) {
    int n = Math.max(awsRecords.size(), shimRecords.size())
    for (int i = 0; i < n; i++) {
        JsonNode a = i < awsRecords.size() ? awsRecords[i] : null
        JsonNode s = i < shimRecords.size() ? shimRecords[i] : null
        if (a != s) {
            differences << "Powertools' record ${i + 1}:\n  AWS's client ${a}\n  lambda-shim  ${s}"
        }
    }
}
report << (awsRecords == shimRecords ? 'the same\n' : '**different**\n')
new File(target, 'compat-report.md').text = report.toString()
println report
// The records carry each invocation's own request id, under lambda-shim as under AWS's client.
requestIds.each { String id ->
    assert shimRecords.any { it.path('function_request_id').asText() == id && it.path('message').asText() == 'order priced' } : shimRecords
}
assert json.readTree(shim[0].body).get('total').doubleValue() == 13.25d : shim[0].body
assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
return true
