// lambda-shim's integration test of this example (it/): the answer, and Lambda-style REPORT lines.
String log = new File(basedir, 'build.log').text
assert log.contains('Response:\n[INFO]   "Hello, World!"')
assert (log =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 512 MB\tMax Memory Used: \d+ MB\tInit Duration: [0-9.]+ ms/).find()
assert (log =~ /REPORT RequestId: /).count == 3
assert (log =~ /Init Duration/).count == 1 : 'one cold start, then warm'
assert (log =~ /3 invocations: cold [0-9.]+ ms; warm min [0-9.]+ ms, median [0-9.]+ ms, max [0-9.]+ ms/).find()
return true
