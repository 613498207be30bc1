import org.apache.commons.compress.archivers.zip.ZipFile

// jdeps analysed the modular, multi-release jars as the JVM loads them (on the class path): no failure, no fallback.
String log = new File(basedir, 'build.log').text
assert !log.contains('WARNING: jdeps could not analyse') : 'the analysis fell back to java.se'
assert !log.contains('not found') : 'jdeps resolved a modular jar as a module'

// The zip's linked runtime, as jdeps chose it (jre/release names the modules): what the libraries use, no more.
String release = null
ZipFile.builder().setFile(new File(basedir, 'target/modular-jars.zip')).get().withCloseable { zip ->
    release = zip.getInputStream(zip.getEntry('jre/release')).text
}
List<String> modules = (release =~ /(?m)^MODULES="([^"]*)"/)[0][1].split(' ') as List
assert modules.contains('java.base') && modules.contains('java.logging') : modules
assert !modules.contains('java.desktop') && !modules.contains('java.se') : "more than the function uses: $modules"

// And the function runs on it, through both modules: parameter names for the constructor, java.time for Instant.
assert log.contains('o-17 x3 placed \\"2026-12-01T10:15:30Z\\", 24 h before') : 'the function answered through both modules'
return true
