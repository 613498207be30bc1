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
// A handler of records keeps Jackson databind in its zip (a document its binder leaves undecided goes to databind).
assert !log.contains('Jackson databind left out of the zip')
def zips = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.zip') }
assert zips.size() == 1 : zips
def jars = new java.util.zip.ZipFile(zips[0]).withCloseable { zip -> zip.entries().toList()*.name }
assert jars.any { it.startsWith('lib/com.fasterxml.jackson.core.jackson-databind-') } : jars
return true
