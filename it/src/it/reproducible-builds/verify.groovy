// What two clean builds reproduce (README, "Reproducible builds"): every zip entry byte for byte, names, order, times
// and modes, except the start-up cache, whose bytes the JDK's dump does not reproduce; the cache holds the same
// classes.
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipFile

Closure<List<String>> unzip = evaluate(new File(unzipScript))
String log = new File(basedir, 'build.log').text
assert log.count('Building the Java runtime on this machine') == 2 : 'both host builds linked and trained afresh'
assert log.count('Building the Java runtime in lambda-shim/build-jdk:25') == 2 : 'both Docker builds too'
assert !log.contains('Java runtime and start-up cache are up to date')

List<String> caches = ['lambda-shim.aot', 'lambda-shim.jsa']
Closure<Map> entriesOf = { File zipFile ->
    Map<String, List> entries = [:]
    ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
        for (ZipArchiveEntry entry : zip.entriesInPhysicalOrder) {
            entries[entry.name] = [entry.unixMode, entry.time, zip.getInputStream(entry).bytes]
        }
    }
    entries
}
Closure<Void> compare = { String first, String second, String javaVersion ->
    File one = new File(basedir, "target/$first/reproducible-builds.zip")
    File two = new File(basedir, "target/$second/reproducible-builds.zip")
    Map a = entriesOf(one)
    Map b = entriesOf(two)
    assert a.keySet() as List == b.keySet() as List : 'the same entries in the same order'
    String cache = caches.find { a.containsKey(it) }
    assert cache : "a start-up cache in ${a.keySet()}"
    for (String name : a.keySet()) {
        assert a[name][0] == b[name][0] && a[name][1] == b[name][1] : "$name: mode and time"
        if (name != cache) {
            assert Arrays.equals(a[name][2], b[name][2]) : "$name differs between two clean builds"
        }
    }
    println "start-up cache $cache byte-identical: ${Arrays.equals(a[cache][2], b[cache][2])}"

    // The classes each cache holds, as the JVM that maps it lists them (lambda proxies without their address suffix).
    Closure<List<String>> classesIn = { File zipFile, String dir ->
        File unzipped = new File(basedir, "target/$dir")
        unzip(zipFile, unzipped)
        String cp = new File(unzipped, 'lambda-shim.args').readLines()[0].substring(4)
        String archive = cache.endsWith('.aot') ? "-XX:AOTCache=$cache" : "-XX:SharedArchiveFile=$cache"
        // 17 lists the classes with PrintSharedDictionary, 25 without it (and does not know the flag).
        Process p = new ProcessBuilder(new File(unzipped, 'jre/bin/java').path, archive,
                '-XX:+IgnoreUnrecognizedVMOptions', '-XX:+PrintSharedArchiveAndExit', '-XX:+PrintSharedDictionary',
                '-cp', cp).directory(unzipped).redirectErrorStream(true).start()
        String printed = p.inputStream.text
        assert p.waitFor() == 0 : printed
        // The class entries only ("N: name loader"); 25 also lists trained methods and profiles, which vary.
        printed.readLines().findAll { it ==~ /^\s*\d+: \S+ \w+_loader$/ }.collect {
            it.replaceFirst(/^\s*\d+: /, '').replaceFirst(/\/0x[0-9a-f]+/, '')
        }.sort()
    }
    List<String> classesOne = classesIn(one, "unzipped-$first")
    List<String> classesTwo = classesIn(two, "unzipped-$second")
    assert classesOne.size() > 1000 : classesOne
    assert classesOne.any { it.startsWith('example.Hello ') } : 'the function is in the cache'
    assert classesOne == classesTwo : "the caches hold different classes: ${(classesOne - classesTwo) + (classesTwo - classesOne)}"
    assert new File(basedir, "target/unzipped-$first/jre/release").text.contains("JAVA_VERSION=\"$javaVersion") :
            "built for Java $javaVersion"
}
compare('one', 'two', System.getProperty('java.specification.version'))
compare('three', 'four', '25')
return true
