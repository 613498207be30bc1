import com.fasterxml.jackson.databind.ObjectMapper
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import java.nio.charset.StandardCharsets
import java.security.MessageDigest

// The SDK function's zip and AWS's runtime interface client (laid out as on AWS: the client and its core on the class
// path, the function's classes and jars in the task root) get the same events and the same environment: the
// credentials Lambda would give (AWS's documented example key) and S3_ENDPOINT, a stand-in S3 server here that keeps
// what is put and answers what is got. Compared: the answers (a presigned link without its time and signature, which
// change by the second) and the requests the SDK sent to S3 (method, path, query, the signature's key, region and
// service, the object's content type, metadata and body).

def ric = evaluate(new File(ricScript))
Map app = ric.frameworkApp(basedir, 'aws-sdk-v2.zip', unzipScript)
File target = app.target
File unzipped = app.unzipped
File ricTask = app.ricTask
String ricClasspath = app.ricClasspath
File logs = app.logs
List<String> names = app.names
String handler = 'example.NotesHandler'
assert names.any { it.startsWith('lib/') && it.contains('url-connection-client') } : names
assert !names.any { it.contains('netty') || it.contains('apache') } : names

// An S3 body as the SDK may send it: aws-chunked (hex size, optional chunk signature, data; trailing checksums).
Closure<byte[]> decoded = { HttpExchange exchange, byte[] raw ->
    if (!(exchange.requestHeaders.getFirst('Content-Encoding') ?: '').contains('aws-chunked')) { return raw }
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    int at = 0
    while (true) {
        int eol = new String(raw, at, raw.length - at, StandardCharsets.ISO_8859_1).indexOf('\r\n') + at
        int size = Integer.parseInt(new String(raw, at, eol - at, StandardCharsets.ISO_8859_1).split(';')[0].trim(), 16)
        if (size == 0) { break }
        out.write(raw, eol + 2, size)
        at = eol + 2 + size + 2
    }
    out.toByteArray()
}
Map<String, Map> objects = [:]
Map<String, List<Map>> requests = [aws: [], shim: []]
String phase = null
HttpServer s3 = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
s3.createContext('/') { HttpExchange exchange ->
    try {
        byte[] body = decoded(exchange, exchange.requestBody.readAllBytes())
        String auth = exchange.requestHeaders.getFirst('Authorization') ?: ''
        List<String> scope = ((auth =~ /Credential=([^,]+)/) ? (auth =~ /Credential=([^,]+)/)[0][1].split('/') : []) as List
        requests[phase] << [method: exchange.requestMethod, path: exchange.requestURI.rawPath,
                            query: exchange.requestURI.rawQuery, key: scope ? scope[0] : null,
                            scope: scope ? scope.subList(2, scope.size()).join('/') : null,
                            contentType: exchange.requestHeaders.getFirst('Content-Type'),
                            requestId: exchange.requestHeaders.getFirst('x-amz-meta-request-id'),
                            body: new String(body, StandardCharsets.UTF_8)]
        String etag = null
        if (exchange.requestMethod == 'PUT') {
            etag = '"' + MessageDigest.getInstance('MD5').digest(body).encodeHex() + '"'
            objects[exchange.requestURI.rawPath] = [body: body, etag: etag,
                                                     type: exchange.requestHeaders.getFirst('Content-Type')]
            exchange.responseHeaders.add('ETag', etag)
            exchange.sendResponseHeaders(200, -1)
        } else if (exchange.requestMethod == 'GET' && objects[exchange.requestURI.rawPath]) {
            Map object = objects[exchange.requestURI.rawPath]
            exchange.responseHeaders.add('ETag', object.etag as String)
            exchange.responseHeaders.add('Content-Type', object.type as String)
            exchange.sendResponseHeaders(200, (object.body as byte[]).length)
            exchange.responseBody.write(object.body as byte[])
        } else {
            byte[] error = '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>'.bytes
            exchange.responseHeaders.add('Content-Type', 'application/xml')
            exchange.sendResponseHeaders(404, error.length)
            exchange.responseBody.write(error)
        }
    } finally {
        exchange.close()
    }
}
s3.start()

File eventsDir = new File(basedir, 'src/lambda/events')
List<String> eventNames = ['put.json', 'get.json', 'link.json']
Map<String, String> lambdaGives = [AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
                                   AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
                                   AWS_SESSION_TOKEN: 'example-session-token', BUCKET: 'example-notes',
                                   S3_ENDPOINT: "http://127.0.0.1:${s3.address.port}".toString()]
Closure<List<Map>> run = { String runtime, List<String> command, File taskRoot ->
    phase = runtime
    objects.clear()
    ric.run(name: runtime, command: command, taskRoot: taskRoot, handler: handler, function: 'aws-sdk-v2',
            logs: logs, env: lambdaGives, invocations: eventNames.collect { ric.invocation(new File(eventsDir, it).text) })
}
List<Map> aws
List<Map> shim
try {
    aws = run('aws', ric.awsCommand(ricClasspath, handler), ricTask)
    shim = run('shim', [new File(unzipped, 'bootstrap').absolutePath], unzipped)
} finally {
    s3.stop(0)
}

ObjectMapper json = new ObjectMapper()
// A presigned link without what changes by the second: its time, the date of its credential scope, its signature.
Closure<Map> answer = { String body ->
    Map value = json.readValue(body, Map)
    if (value.url) {
        URI url = URI.create(value.url as String)
        Map<String, String> query = url.rawQuery.split('&').collectEntries { it.split('=', 2) as List }
        assert query['X-Amz-Signature'] ==~ /[0-9a-f]{64}/ : value.url
        assert query['X-Amz-Date'] ==~ /\d{8}T\d{6}Z/ : value.url
        query.remove('X-Amz-Signature')
        query.remove('X-Amz-Date')
        query['X-Amz-Credential'] = query['X-Amz-Credential'].replaceAll(/%2F\d{8}%2F/, '%2FDATE%2F')
        value.url = "${url.scheme}://${url.rawAuthority}${url.rawPath}?" + query.sort().collect { k, v -> "$k=$v" }.join('&')
    }
    value
}
List<String> differences = []
StringBuilder report = new StringBuilder('| event | same answer |\n|---|---|\n')
eventNames.eachWithIndex { String name, int i ->
    assert aws[i].outcome == 'RESPONSE' : "AWS's client, $name: ${aws[i].body}"
    boolean same = aws[i].outcome == shim[i].outcome && answer(aws[i].body) == answer(shim[i].body)
    if (!same) {
        differences << "${name}:\n  AWS's client ${aws[i].outcome} ${aws[i].body}\n  lambda-shim  ${shim[i].outcome} ${shim[i].body}"
    }
    report << "| ${name} | ${same ? 'yes' : '**no**'} |\n"
}
report << "\nRequests to S3: ${requests.aws.size()} from AWS's client's run, ${requests.shim.size()} from lambda-shim's; "
report << (requests.aws == requests.shim ? 'the same\n' : '**different**\n')
if (requests.aws != requests.shim) {
    differences << "requests to S3:\n  AWS's client ${requests.aws}\n  lambda-shim  ${requests.shim}"
}
new File(target, 'compat-report.md').text = report.toString()
println report
// What the function did under lambda-shim: put the note, signed with the credentials Lambda gave, read it back, and
// linked to it with the key's characters encoded.
String note = json.readTree(new File(eventsDir, 'put.json')).get('text').asText()
assert requests.shim*.method == ['PUT', 'GET'] : requests.shim
assert requests.shim[0].key == 'AKIAIOSFODNN7EXAMPLE' && requests.shim[0].scope == 'us-east-1/s3/aws4_request' : requests.shim
assert requests.shim[0].body == note && requests.shim[0].requestId == ric.requestId : requests.shim
assert json.readTree(shim[1].body).get('text').asText() == note : shim[1].body
assert answer(shim[2].body).url.contains('/example-notes/notes/Q4%20plan%20%26%20r%C3%A9sum%C3%A9.txt?') : shim[2].body
assert answer(shim[2].body).url.contains('X-Amz-Expires=900') : shim[2].body
assert differences.isEmpty() : "lambda-shim and AWS's runtime interface client differ:\n" + differences.join('\n')
return true
