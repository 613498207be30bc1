// Shared by the layer cases' verify scripts (the invoker passes its path as the script variable `layerChecksScript`):
//     def layers = evaluate(new File(layerChecksScript))
//     String layerId = layers.layer(layerZip, 17, ['java.net.http'], ['java.sql'])
//     layers.functionZip(new File(basedir, 'hello/target/hello.zip'), layerId, 17)
//     layers.template(new File(basedir, 'hello/target/template.yaml'), layerZip, 'LambdaShimJava17X8664Layer',
//             'HelloFunction')
//     layers.answeredFromCache(log, ['"Hello, World!"'], ['example.Hello'])
// Each closure asserts what lambda:layer and lambda:package promise of a layer and of a function on it.
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper
import org.apache.commons.compress.archivers.zip.ZipFile

// The layer: bootstrap at its root (Lambda's /opt/bootstrap), the runtime and lambda-shim's jars under lambda-shim/,
// the modules it must have and must not have, its descriptor. Returns the layer's id.
Closure<String> layer = { File layerZip, int java, List<String> has, List<String> lacks ->
    assert layerZip.isFile() : layerZip
    Properties descriptor = new Properties()
    String layerId
    ZipFile.builder().setFile(layerZip).get().withCloseable { zip ->
        assert (zip.getEntry('bootstrap').unixMode & 0777) == 0755
        assert zip.getEntry('lambda-shim/jre/bin/java') != null
        assert zip.entries.toList().any { it.name ==~ /lambda-shim\/lib\/dev\.lambdashim\.lambda-runtime-.*\.jar/ }
        assert !zip.entries.toList().any { it.name.endsWith('.debuginfo') }
        descriptor.load(zip.getInputStream(zip.getEntry('lambda-shim/layer.properties')))
        layerId = zip.getInputStream(zip.getEntry('lambda-shim/layer.id')).text.trim()
        String release = zip.getInputStream(zip.getEntry('lambda-shim/jre/release')).text
        List<String> modules = (release =~ /(?m)^MODULES="(.*)"$/)[0][1].split(' ').toList()
        has.each { assert modules.contains(it) : "the layer lacks $it: $modules" }
        lacks.each { assert !modules.contains(it) : "the layer has $it: $modules" }
        assert descriptor.getProperty('modules').split(',').toList() == modules
    }
    assert descriptor.getProperty('id') == layerId
    assert descriptor.getProperty('architecture') == 'x86_64'
    assert descriptor.getProperty('javaVersion') == "${java}"
    layerId
}

// A function zip on the layer: its own jars, its args and classpath, the id of the layer its cache was recorded on,
// the cache; under 200 KB without the cache. Its lambda-shim.classpath: its own jars, then the layer's jars it runs
// with; the layer's Jackson databind (and its modules) only for a handler that needs it (`databind`), as a bundled
// zip leaves them out.
Closure<Void> functionZip = { File zipFile, String layerId, int java, boolean databind = false ->
    ZipFile.builder().setFile(zipFile).get().withCloseable { zip ->
        List<String> names = zip.entries.toList().findAll { !it.directory }*.name.sort()
        String cache = java >= 25 ? 'lambda-shim.aot' : 'lambda-shim.jsa'
        assert names == [cache, 'lambda-shim.args', 'lambda-shim.classpath', 'lambda-shim.layer', 'lib/function.jar'].sort() : names
        assert zip.getInputStream(zip.getEntry('lambda-shim.layer')).text.trim() == layerId
        List<String> classpath = zip.getInputStream(zip.getEntry('lambda-shim.classpath')).text.readLines()
        assert classpath.size() == 2 && classpath[0] == 'lib/function.jar' : classpath
        List<String> layerJars = classpath[1].split(':').toList()
        assert layerJars.every { it ==~ /lib\/[^\/:]+\.jar/ } : layerJars
        assert layerJars.any { it ==~ /lib\/dev\.lambdashim\.lambda-runtime-.*\.jar/ } : layerJars
        assert layerJars.any { it ==~ /lib\/com\.fasterxml\.jackson\.core\.jackson-core-.*\.jar/ } : layerJars
        ['jackson-databind', 'jackson-datatype-jdk8', 'jackson-datatype-jsr310'].each { artifact ->
            assert layerJars.any { it.contains(".${artifact}-") } == databind : "${zipFile.name}: ${artifact} in ${layerJars}"
        }
        long cacheCompressed = zip.getEntry(cache).compressedSize
        long withoutCache = zipFile.length() - cacheCompressed
        println "layer: ${zipFile.name} ${zipFile.length()} bytes, ${withoutCache} without its ${cache}" +
                " (${cacheCompressed} compressed, ${zip.getEntry(cache).size} unzipped)"
        assert withoutCache < 200_000 : "${zipFile.name} without its cache is ${withoutCache} bytes"
    }
}

// The function's SAM template declares the layer and lists it in the function's Layers.
Closure<Void> template = { File templateFile, File layerZip, String layerIdInTemplate, String function ->
    def yaml = new YAMLMapper().readTree(templateFile)
    String layerName = layerZip.name.replaceFirst(/\.zip$/, '')
    def layerResource = yaml.at("/Resources/${layerIdInTemplate}")
    assert layerResource.get('Type')?.textValue() == 'AWS::Serverless::LayerVersion' : yaml
    assert layerResource.at('/Properties/LayerName').textValue() == layerName
    String contentUri = layerResource.at('/Properties/ContentUri').textValue()
    assert new File(templateFile.parentFile, contentUri).canonicalFile == layerZip.canonicalFile
    assert layerResource.at('/Properties/CompatibleRuntimes').toList()*.textValue() == ['provided.al2023']
    assert layerResource.at('/Properties/CompatibleArchitectures').toList()*.textValue() == ['x86_64']
    assert yaml.at("/Resources/${function}/Properties/Layers/0/Ref").textValue() == layerIdInTemplate
    assert yaml.at("/Resources/${function}/Properties/Runtime").textValue() == 'provided.al2023'
}

// Each function answered through lambda:invoke on the layer's bootstrap, its classes from the start-up cache
// (the functions log -Xlog:class+load=info through JAVA_TOOL_OPTIONS).
Closure<Void> answeredFromCache = { String log, List<String> responses, List<String> handlers ->
    responses.each { assert log.contains("Response:\n[INFO]   ${it}") : it }
    assert log.contains('dev.lambdashim.runtime.Main source: shared objects file')
    handlers.each { assert log.contains("${it} source: shared objects file") : it }
    assert !log.contains('starting without it')
}

return [layer: layer, functionZip: functionZip, template: template, answeredFromCache: answeredFromCache]
