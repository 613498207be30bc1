// lambda-shim's integration test of this example (it/): the answer, and Lambda-style REPORT lines.
String log = new File(basedir, 'build.log').text
assert log.contains('Response:\n[INFO]   "Hello, World!"')
assert (log =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 512 MB\tMax Memory Used: \d+ MB\tInit Duration: [0-9.]+ ms/).find()
assert (log =~ /REPORT RequestId: /).count == 3
assert (log =~ /Init Duration/).count == 1 : 'one cold start, then warm'
assert (log =~ /3 invocations: cold [0-9.]+ ms; warm min [0-9.]+ ms, median [0-9.]+ ms, max [0-9.]+ ms/).find()
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.HandleTest/).find() : 'the tests of com.example.HandleTest'
assert (log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.HandleIT/).find() : 'the tests of com.example.HandleIT'
assert (log =~ /hello-world zip: init [0-9.]+ ms, max memory \d+ MB/).find() : "the zip's own cold start, measured by the IT"
// Its handler takes an Object and returns a String: the zip leaves Jackson databind out, and still answers (above).
assert log.contains('Jackson databind left out of the zip: the handler com.example.Handle never needs it')
def jars = new java.util.zip.ZipFile(new File(basedir, 'target/hello-world.zip')).withCloseable { zip ->
    zip.entries().toList()*.name.findAll { it.startsWith('lib/') }
}
assert jars.any { it.startsWith('lib/com.fasterxml.jackson.core.jackson-core-') } : jars
assert !jars.any { it.contains('jackson-databind') || it.contains('jackson-annotations') || it.contains('jackson-datatype') } : jars
return true
