import com.fasterxml.jackson.databind.ObjectMapper
import dev.lambdashim.emulator.RuntimeApiHeaders

// The same handlers, the same events: AWS's runtime interface client (the measure) and lambda-shim's zip, each a
// child process against the Runtime API emulator. What each posts is compared; the differences README lists are
// asserted as such, so that any other one fails the build.

File target = new File(basedir, 'target')
File zipFile = new File(target, 'aws-compat.zip')
assert zipFile.isFile()

// The zip carries AWS's serialization library (the function depends on aws-lambda-java-core) at the client's version.
File unzipped = new File(target, 'unzipped')
Closure<List<String>> unzip = evaluate(new File(unzipScript))
List<String> names = unzip(zipFile, unzipped)
assert names.contains('lib/com.amazonaws.aws-lambda-java-serialization-1.2.0.jar') : names
assert names.contains('lib/com.amazonaws.aws-lambda-java-core-1.4.0.jar') : names
assert !names.any { it.contains('runtime-interface-client') } : "AWS's client is a test dependency only: $names"
File ricLib = new File(target, 'ric-lib')
assert new File(ricLib, 'aws-lambda-java-serialization-1.2.0.jar').isFile() : "AWS's client uses serialization 1.2.0"

String cognito = '{"cognitoIdentityId":"us-east-1:11111111-2222","cognitoIdentityPoolId":"us-east-1:pool-1"}'
String clientContext = '{"client":{"installation_id":"install-7","app_title":"Shop","app_version_name":"1.2",' +
        '"app_version_code":"12","app_package_name":"com.example.shop"},"custom":{"cart":"3"},"env":{"platform":"%s","locale":"en_GB"}}'
String trace = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1'
Closure<String> event = { String file -> new File(basedir, 'events/' + file).text }
def cases = [
    [name: 'api-gateway-v1', handler: 'example.ApiGatewayV1', event: event('api-gateway-v1.json')],
    [name: 'api-gateway-v2', handler: 'example.ApiGatewayV2', event: event('api-gateway-v2.json')],
    [name: 'sqs-partial-batch', handler: 'example.SqsBatch', event: event('sqs.json')],
    [name: 's3-echo', handler: 'example.S3Echo', event: event('s3.json')],
    [name: 'scheduled', handler: 'example.Scheduled::describe', event: event('scheduled.json')],
    [name: 'scheduled-echo', handler: 'example.Scheduled::echo', event: event('scheduled.json')],
    [name: 'dynamodb-echo', handler: 'example.DynamoDbEcho', event: event('dynamodb.json')],
    [name: 'kinesis', handler: 'example.Kinesis::decode', event: event('kinesis.json')],
    [name: 'kinesis-echo', handler: 'example.Kinesis::echo', event: event('kinesis.json')],
    [name: 'sns-void', handler: 'example.SnsVoid', event: event('sns.json')],
    [name: 'stream', handler: 'example.Upper', event: '{"name":"lambda ünïcode"}'],
    [name: 'pojo', handler: 'example.Pojos::greet', event: '{"name":"Ada","age":36,"tags":["math"],"unknown":1}'],
    [name: 'pojo-android', handler: 'example.Pojos::greet', event: '{"name":"Ada","age":36,"tags":["math"]}',
     headers: [(RuntimeApiHeaders.CLIENT_CONTEXT): String.format(clientContext, 'Android')]],
    [name: 'map', handler: 'example.Pojos::reshape', event: '{"b":1,"a":[true,null,2.5],"c":{"d":"e"}}'],
    [name: 'throws', handler: 'example.Throws', event: '{"id":42}'],
    [name: 'context', handler: 'example.ContextFacts::facts', event: '{}',
     headers: [(RuntimeApiHeaders.COGNITO_IDENTITY): cognito, (RuntimeApiHeaders.CLIENT_CONTEXT): String.format(clientContext, 'iOS'),
               (RuntimeApiHeaders.TRACE_ID): trace]],
]

File logs = new File(target, 'compat-logs')
logs.mkdirs()
def ric = evaluate(new File(ricScript))
String ricClasspath = new File(target, 'classes').absolutePath + File.pathSeparator + new File(ricLib, '*').absolutePath
File ricTaskRoot = new File(target, 'ric-task')
ricTaskRoot.mkdirs()

// One process per case and runtime, one invocation each.
Closure run = { String runtime, Map c ->
    boolean aws = runtime == 'aws'
    ric.run(name: "${c.name}-${runtime}", handler: c.handler, function: 'aws-compat', logs: logs,
            command: aws ? ric.awsCommand(ricClasspath, c.handler) : [new File(unzipped, 'bootstrap').absolutePath],
            taskRoot: aws ? ricTaskRoot : unzipped, invocations: [ric.invocation(c.event, c.headers ?: [:])])[0]
}

ObjectMapper json = new ObjectMapper()
List<String> differences = []
StringBuilder report = new StringBuilder('| case | handler | outcome | same body |\n|---|---|---|---|\n')
for (Map c : cases) {
    def aws = run('aws', c)
    def shim = run('shim', c)
    boolean same
    if (aws.outcome != shim.outcome) {
        differences << "${c.name}: AWS's client ${aws.outcome} ${aws.body}\n  lambda-shim ${shim.outcome} ${shim.body}"
        same = false
    } else if (aws.outcome == 'RESPONSE') {
        same = aws.body == shim.body
        if (!same) {
            differences << "${c.name}: the bodies differ\n  AWS's client: ${aws.body}\n  lambda-shim:  ${shim.body}"
        }
    } else {
        // Listed in README: the error-type header (AWS's client sends Runtime.UserException for every exception,
        // lambda-shim Function.<SimpleName>) and lambda-shim's "cause" in the body. Type, message and the handler's
        // frames (the whole stack trace) are the same.
        def a = json.readTree(aws.body)
        def s = json.readTree(shim.body)
        same = a.get('errorType') == s.get('errorType') && a.get('errorMessage') == s.get('errorMessage') &&
                a.get('stackTrace') == s.get('stackTrace')
        if (!same) {
            differences << "${c.name}: the errors differ\n  AWS's client: ${aws.body}\n  lambda-shim:  ${shim.body}"
        }
        if (aws.errorType != 'Runtime.UserException' || shim.errorType != 'Function.' + a.get('errorType').textValue().tokenize('.').last()) {
            differences << "${c.name}: error-type headers ${aws.errorType} (AWS) and ${shim.errorType} (lambda-shim), not the ones README lists"
        }
    }
    report << "| ${c.name} | `${c.handler}` | ${shim.outcome} | ${same ? 'yes' : '**no**'} |\n"
}
new File(target, 'aws-compat-report.md').text = report.toString()
println report
assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')

// lambda-shim's log of the context case: AWS's LambdaLogger through the function's log, one record per call, with
// the request id; as on AWS's runtime, nothing is filtered when AWS_LAMBDA_LOG_LEVEL is not set.
String contextLog = new File(logs, 'context-shim.log').text
assert (contextLog =~ /\S+Z\t8476a536-e9f4-11e8-9739-2dfe598c3fcd\tINFO\tfacts for 8476a536/).find() : contextLog
assert (contextLog =~ /\tDEBUG\tshown: AWS_LAMBDA_LOG_LEVEL is not set/).find() : contextLog
assert (contextLog =~ /\tWARN\tthrough LambdaRuntime/).find() : contextLog
assert new File(logs, 'context-aws.log').text.contains('[DEBUG] shown: AWS_LAMBDA_LOG_LEVEL is not set') : 'AWS does not filter either'
return true
