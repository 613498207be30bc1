// lambda-shim's integration test of this example (it/).
String log = new File(basedir, 'build.log').text
assert log.contains('FunctionRunner: event order.json: RESPONSE') : 'trained on the sample event'
assert log.contains('"customer" : "Ada"')
assert log.contains('"items" : 3')
assert log.contains('"totalCents" : 1125')
assert (log =~ /"requestId" : "[0-9a-f-]{36}"/).find()
assert log.contains('BUILD SUCCESS')
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.OrdersTest/).find() : 'the tests of com.example.OrdersTest'
return true
