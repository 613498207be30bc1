// lambda-shim's integration test of this example (it/).
String log = new File(basedir, 'build.log').text
assert log.contains('Response:\n[INFO]   QUIET-PLEASE')
assert log.contains('BUILD SUCCESS')
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.ShoutTest/).find() : 'the tests of com.example.ShoutTest'
return true
