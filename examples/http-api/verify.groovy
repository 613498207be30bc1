// lambda-shim's integration test of this example (it/): one HttpHandler, answering each front door in its shape.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// HTTP API (payload 2.0): the query reached the handler, the text body came back as text.
assert log.contains('"body" : "Hello, Lambda!"')
assert log.contains('"content-type" : "text/plain; charset=utf-8"') || log.contains('"Content-type" : "text/plain; charset=utf-8"')
// A binary body goes back base64 for API Gateway to decode.
assert log.contains('"isBase64Encoded" : true')
// A missing route is a 404, not an error.
assert log.contains('"statusCode" : 404')
assert log.contains('"body" : "No route for GET /nowhere"')
// The REST API (payload 1.0) gets multiValueHeaders; the ALB its statusDescription.
assert log.contains('"body" : "Hello, REST!"')
assert log.contains('"multiValueHeaders"')
assert log.contains('"body" : "Hello, ALB!"')
assert log.contains('"statusDescription" : "200 OK"')
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.ApiTest/).find() : 'the tests of com.example.ApiTest'
return true
