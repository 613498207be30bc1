// README's quick start, literally: the commands are read from README.md (between the quickstart markers), and the
// one that runs the hello-world example is run on a clean copy of the repository's wrapper and example, as is. The
// first command, ./mvnw install, is this very build: it has installed the plugin by the time this runs.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.util.concurrent.TimeUnit

File repo = new File(basedir, '../../../..').canonicalFile
String readme = new File(repo, 'README.md').text
String block = readme.substring(readme.indexOf('<!-- quickstart:begin -->'), readme.indexOf('<!-- quickstart:end -->'))
List<String> commands = block.readLines().findAll { it.startsWith('./mvnw') }.collect { it.replaceAll(/\s+#.*$/, '') }
assert commands.size() == 2 : "README's quick start has the two set-up commands: $commands"
assert commands[0] == './mvnw install'
String hello = commands[1]
assert hello.contains('examples/hello-world')

File copy = Files.createTempDirectory('readme-quickstart').toFile()
try {
    ['mvnw', '.mvn', 'examples/hello-world'].each { path ->
        File from = new File(repo, path)
        File to = new File(copy, path)
        if (from.isDirectory()) {
            from.eachFileRecurse { f ->
                if (f.path.contains('/target/')) return
                File t = new File(to, from.toPath().relativize(f.toPath()).toString())
                if (f.isDirectory()) { t.mkdirs() } else { t.parentFile.mkdirs(); Files.copy(f.toPath(), t.toPath(), StandardCopyOption.COPY_ATTRIBUTES) }
            }
        } else {
            to.parentFile.mkdirs()
            Files.copy(from.toPath(), to.toPath(), StandardCopyOption.COPY_ATTRIBUTES)
        }
    }
    Process process = new ProcessBuilder('bash', '-c', hello)
            .directory(copy).redirectErrorStream(true).start()
    String output = process.inputStream.text
    assert process.waitFor(600, TimeUnit.SECONDS)
    new File(basedir, 'quickstart.log').text = output
    assert process.exitValue() == 0 : output
    assert output.contains('Response:\n[INFO]   "Hello, World!"') : output
    assert (output =~ /REPORT RequestId: \S+\tDuration: [0-9.]+ ms/).find() : output
} finally {
    copy.deleteDir()
}
return true
