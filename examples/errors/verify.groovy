// lambda-shim's integration test of this example (it/).
String log = new File(basedir, 'build.log').text
assert log.contains('Error response:')
assert log.contains('"errorType" : "com.example.Payments$PaymentDeclinedException"')
assert log.contains('"errorMessage" : "payment for Ada declined"')
assert log.contains('"errorMessage" : "bank unreachable"') : 'the cause'
assert log.contains('"com.example.Payments.charge(Payments.java:')
assert log.contains('1 of 1 invocations failed (ERROR)') && log.contains('-Dlambda.expectError=true')
assert log.contains('BUILD SUCCESS') : 'the second run expected the error'
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.PaymentsTest/).find() : 'the tests of com.example.PaymentsTest'
return true
