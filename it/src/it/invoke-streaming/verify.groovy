// Each goal set appends to build.log: a three-tick stream, a failure after the first tick, and timeouts mid-stream.
// Lines carry Maven's time stamps (invoker.mavenOpts): "HH:mm:ss.SSS [INFO] ...".
String log = new File(basedir, 'build.log').text
def millis = { String hms -> def p = hms.split('[:.]')*.toInteger(); ((p[0] * 60 + p[1]) * 60 + p[2]) * 1000 + p[3] }
assert log.contains('[INFO] Streamed response (application/octet-stream):')
def ticks = (log =~ /(\d\d:\d\d:\d\d\.\d\d\d) \[INFO\] Chunk (\d+) at \+([0-9.]+) ms \(7 bytes\): tick (\d+)\n/)
        .collect { it }
assert ticks.size() >= 3 : ticks
assert ticks[0][4] == '1' && ticks[1][4] == '2' && ticks[2][4] == '3'
// The ticks arrived about 300 ms apart (the first one's arrival can lag on a cold emulator) ...
(1..2).each { i -> assert (ticks[i][3] as double) - (ticks[i - 1][3] as double) >= 200 : ticks }
// ... and each was printed when it came, not all at the end.
(1..2).each { i -> assert millis(ticks[i][1]) - millis(ticks[i - 1][1]) >= 200 : ticks }
assert log.contains('Time to First Byte: ')
// A failure after the first byte: the tick arrived, then the error, as Lambda records it.
assert log.contains('[INFO] Error response:')
assert log.contains('"errorMessage" : "failed after a tick"')
assert log.contains('"errorType" : "java.lang.IllegalStateException"')
// Past the timeout mid-stream: stopped as a buffered function is, a fresh process for the next invocation.
assert (log =~ /Z [0-9a-f-]{36} Task timed out after 1\.00 seconds/).count == 2 : 'both invocations time out'
assert log.contains('2 of 2 invocations failed (TIMEOUT): Task timed out after 1.00 seconds')
// The function's prints during the stream are records of its log, as for any handler.
assert log.contains('[INFO] sent tick 1\n')
return true
