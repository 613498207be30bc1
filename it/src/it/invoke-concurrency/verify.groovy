String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 8 invocations, at most 8 in flight at once (AWS_LAMBDA_MAX_CONCURRENCY=8)') : 'all eight at once'
def reports = (log =~ /\[INFO\] REPORT RequestId: ([0-9a-f-]{36})\tDuration: ([0-9.]+) ms/).collect { [it[1], it[2] as double] }
assert reports.size() == 8 : "one REPORT line per invocation: ${reports}"
Set<String> ids = reports.collect { it[0] } as Set
assert ids.size() == 8
// Each waited a second, at the same time: none waited for another (eight in a row would take 8 s for the last).
reports.each { assert it[1] >= 1000 && it[1] < 4000 : "duration of ${it[0]}: ${it[1]} ms" }
assert (log =~ /Init Duration: /).count == 1 : 'one cold start'
// Every record carries the request id of the invocation whose thread wrote it.
ids.each { String id ->
    assert (log =~ /\[INFO\] \S+Z\t${id}\tINFO\tslow: handling ${id}\n/).find() : "handling ${id}, tagged with its id"
    assert (log =~ /\[INFO\] \S+Z\t${id}\tINFO\tslow: done ${id}\n/).find() : "done ${id}, tagged with its id"
}
assert log.contains('with AWS_LAMBDA_MAX_CONCURRENCY=8"') : 'the function saw the variable'
return true
