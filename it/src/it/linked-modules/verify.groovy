import org.apache.commons.compress.archivers.zip.ZipFile

// The zip's linked runtime, as jdeps chose it (jre/release names the modules).
String release = null
ZipFile.builder().setFile(new File(basedir, 'target/linked-modules.zip')).get().withCloseable { zip ->
    release = zip.getInputStream(zip.getEntry('jre/release')).text
}
String modules = (release =~ /(?m)^MODULES="([^"]*)"/)[0][1]
assert modules.split(' ').contains('java.sql') : "the function's own Timestamp needs java.sql: $modules"
assert !modules.split(' ').contains('java.desktop') : "jackson-databind's optional java.beans use linked AWT: $modules"
assert modules.split(' ').contains('java.logging') : "the runtime's own module: $modules"

// And the function runs on it: its Jackson, its Timestamp.
String log = new File(basedir, 'build.log').text
assert log.contains('"at\\":\\"1970-01-01T00:00:00Z\\"') : 'the function answered through its own Jackson'
return true
