// lambda-shim's integration test of this example (it/): lambda:invoke shows the stream as it arrives.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] HTTP 200\n')
assert log.contains('[INFO]   Content-Type: text/html; charset=utf-8\n')
assert log.contains('[INFO]   Set-Cookie: visited=yes; Secure; HttpOnly\n')
// Four chunks, each printed when it came: the sections 200 ms apart, not all at the end.
def times = (log =~ /Chunk (\d) at \+([0-9.]+) ms/).collect { [it[1] as int, it[2] as double] }
assert times*.get(0) == [1, 2, 3, 4] : times
assert times[3][1] - times[0][1] >= 550 : times
assert log.contains('<p>Section 3 of 3</p>')
// Time to first byte in the REPORT line: the head came before the first 200 ms wait.
def report = (log =~ /Duration: ([0-9.]+) ms.*Time to First Byte: ([0-9.]+) ms/)
assert report.find() : 'no Time to First Byte in the REPORT line'
double duration = report.group(1) as double
double ttfb = report.group(2) as double
assert ttfb < duration - 550 : "ttfb ${ttfb} ms, duration ${duration} ms"
// The example's own tests, written with lambda-test, ran and passed.
assert (log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.]+ s -- in com\.example\.PageTest/).find() : 'the tests of com.example.PageTest'
return true
