// lambda-shim's integration test of this example (it/).
String log = new File(basedir, 'build.log').text
assert log.contains('Response:\n[INFO]   QUIET-PLEASE')
assert log.contains('BUILD SUCCESS')
return true
