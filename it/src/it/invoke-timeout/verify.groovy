String log = new File(basedir, 'build.log').text
assert (log =~ /Z [0-9a-f-]{36} Task timed out after 1\.00 seconds/).count == 2 : 'both invocations time out'
assert (log =~ /Init Duration/).count == 2 : 'each invocation after a timeout starts a fresh process'
assert log.contains('2 of 2 invocations failed (TIMEOUT): Task timed out after 1.00 seconds')
return true
