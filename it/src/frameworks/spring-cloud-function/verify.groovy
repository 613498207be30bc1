import com.fasterxml.jackson.databind.ObjectMapper

// The Spring Cloud Function application's zip and AWS's runtime interface client (laid out as on AWS: the client and
// its core on the class path, the application's classes and jars in the task root) answer the same events alike.

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'spring-cloud-function.zip', unzipScript)
String handler = 'org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest'

List<String> eventNames = ['order.json', 'empty-order.json', 'order.json']
Map answers = ric.runBoth(app: app, handler: handler, function: 'spring-cloud-function',
        eventsDir: new File(basedir, 'src/lambda/events'), eventNames: eventNames)
List<Map> shim = answers.shim
ric.sameJsonAnswers(app, eventNames, answers.aws, shim)
ObjectMapper json = new ObjectMapper()
assert json.readTree(shim[0].body).get('total').doubleValue() == 13.25d : shim[0].body
return true
