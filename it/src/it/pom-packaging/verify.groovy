// A parent POM that inherits the plugin has no code to package: skipped, not failed.
String log = new File(basedir, 'build.log').text
assert log.contains('Skipping lambda:package: pom-packaging has pom packaging, no code')
assert log.contains('BUILD SUCCESS')
return true
