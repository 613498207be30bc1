import com.fasterxml.jackson.dataformat.yaml.YAMLMapper
import org.apache.commons.compress.archivers.zip.ZipFile

String log = new File(basedir, 'build.log').text
int java = Runtime.version().feature()
String layerName = "lambda-shim-java${java}-x86_64"
File layerZip = new File(basedir, "layer/target/${layerName}.zip")
assert layerZip.isFile()

// The layer: bootstrap at its root (Lambda's /opt/bootstrap), the runtime and lambda-shim's jars under lambda-shim/.
Properties layer = new Properties()
String layerId
ZipFile.builder().setFile(layerZip).get().withCloseable { zip ->
    assert (zip.getEntry('bootstrap').unixMode & 0777) == 0755
    assert zip.getEntry('lambda-shim/jre/bin/java') != null
    assert zip.entries.toList().any { it.name ==~ /lambda-shim\/lib\/dev\.lambdashim\.lambda-runtime-.*\.jar/ }
    assert !zip.entries.toList().any { it.name.endsWith('.debuginfo') }
    layer.load(zip.getInputStream(zip.getEntry('lambda-shim/layer.properties')))
    layerId = zip.getInputStream(zip.getEntry('lambda-shim/layer.id')).text.trim()
    String release = zip.getInputStream(zip.getEntry('lambda-shim/jre/release')).text
    assert release.contains('java.net.http') : 'the module <modules> asked for'
    assert !release.contains('java.sql')
}
assert layer.getProperty('id') == layerId
assert layer.getProperty('architecture') == 'x86_64'
assert layer.getProperty('javaVersion') == "${java}"
// Listed last among the modules, the layer was built first: the functions depend on it.
int layerBuilt = log.indexOf("Built ${layerZip}")
assert layerBuilt > 0 && layerBuilt < log.indexOf('hello.zip') && layerBuilt < log.indexOf('clock.zip')

// Each function zip: its own jars, its args and classpath, the id of the layer its cache was recorded on, the cache.
['hello', 'clock'].each { name ->
    File zipFile = new File(basedir, "${name}/target/${name}.zip")
    ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
        List<String> names = zip.entries.toList().findAll { !it.directory }*.name.sort()
        String cache = java >= 25 ? 'lambda-shim.aot' : 'lambda-shim.jsa'
        assert names == [cache, 'lambda-shim.args', 'lambda-shim.classpath', 'lambda-shim.layer', 'lib/function.jar'].sort() : names
        assert zip.getInputStream(zip.getEntry('lambda-shim.layer')).text.trim() == layerId
        assert zip.getInputStream(zip.getEntry('lambda-shim.classpath')).text.trim() == 'lib/function.jar'
        long cacheCompressed = zip.getEntry(cache).compressedSize
        long withoutCache = zipFile.length() - cacheCompressed
        println "layer-functions: ${name}.zip ${zipFile.length()} bytes, ${withoutCache} without its ${cache}" +
                " (${cacheCompressed} compressed, ${zip.getEntry(cache).size} unzipped)"
        assert withoutCache < 200_000 : "${name}.zip without its cache is ${withoutCache} bytes"
    }
    // The template declares the layer and lists it in the function's Layers.
    def template = new YAMLMapper().readTree(new File(basedir, "${name}/target/template.yaml"))
    String layerIdInTemplate = 'LambdaShimJava' + java + 'X8664Layer'
    def layerResource = template.at("/Resources/${layerIdInTemplate}")
    assert layerResource.get('Type').textValue() == 'AWS::Serverless::LayerVersion'
    assert layerResource.at('/Properties/LayerName').textValue() == layerName
    String contentUri = layerResource.at('/Properties/ContentUri').textValue()
    assert new File(new File(basedir, "${name}/target"), contentUri).canonicalFile == layerZip.canonicalFile
    assert layerResource.at('/Properties/CompatibleRuntimes').toList()*.textValue() == ['provided.al2023']
    assert layerResource.at('/Properties/CompatibleArchitectures').toList()*.textValue() == ['x86_64']
    String function = name.capitalize() + 'Function'
    assert template.at("/Resources/${function}/Properties/Layers/0/Ref").textValue() == layerIdInTemplate
    assert template.at("/Resources/${function}/Properties/Runtime").textValue() == 'provided.al2023'
}

// Both answered through lambda:invoke on the layer's bootstrap, their classes from the start-up cache.
assert log.contains('Response:\n[INFO]   "Hello, World!"')
assert log.contains('Response:\n[INFO]   "HTTP client HTTP_2 at 1970-01-01T00:00:00Z"')
assert log.contains('dev.lambdashim.runtime.Main source: shared objects file')
assert log.contains('example.Hello source: shared objects file')
assert log.contains('example.Clock source: shared objects file')
assert !log.contains('starting without it')

// 3: the function that needs java.sql.
assert log.contains('[ERROR] Failed to execute goal')
assert log.contains('example.Epoch needs the Java module java.sql, which the layer')
assert !new File(basedir, 'needs-sql/target/needs-sql.zip').exists()
return true
