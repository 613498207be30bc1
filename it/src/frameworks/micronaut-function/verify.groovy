import com.fasterxml.jackson.databind.ObjectMapper

// The Micronaut function's zip and AWS's runtime interface client (laid out as on AWS: the client and its core on
// the class path, the function's classes and jars in the task root) answer the same events alike.

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'micronaut-function.zip', unzipScript)
File target = app.target
List<String> names = app.names
String handler = 'example.OrderHandler'

// Micronaut's annotation processors ran: the injected handler and the bean have compile-time definitions, and the
// zip carries them.
['example/$OrderHandler$Definition.class', 'example/$PriceService$Definition.class'].each { String definition ->
    assert new File(target, "classes/${definition}").isFile() : "no ${definition}: micronaut-inject-java did not run"
}
assert names.any { it.startsWith('lib/') && it.contains('micronaut-function-aws') } : names

List<String> eventNames = ['order.json', 'empty-order.json', 'order.json']
Map answers = ric.runBoth(app: app, handler: handler, function: 'micronaut-function',
        eventsDir: new File(basedir, 'src/lambda/events'), eventNames: eventNames)
List<Map> shim = answers.shim
ric.sameJsonAnswers(app, eventNames, answers.aws, shim)
ObjectMapper json = new ObjectMapper()
// The injected bean priced the order in the currency of application.properties.
assert json.readTree(shim[0].body).get('total').doubleValue() == 13.25d : shim[0].body
assert json.readTree(shim[0].body).get('currency').asText() == 'EUR' : shim[0].body
return true
