String log = new File(basedir, 'build.log').text
// One record, two lines: the second line has no log prefix of its own.
assert log.contains('[INFO] first line\nsecond line of the same record\n') : 'a multi-line println is one record'
// The whole stack trace is one record too.
assert (log =~ /\[INFO\] java\.lang\.IllegalStateException: shown, not thrown\n\s+at example\.Chatty\.handle\(Chatty\.java:9\)/).find()
assert (log =~ /\[INFO\] \S+Z\t[0-9a-f-]{36}\tWARN\tchatty: a JUL record/).find() : 'the JUL record, as Lambda shows it: time, request id, level, logger: message'
assert log.contains('Response:\n[INFO]   "logged"')
return true
