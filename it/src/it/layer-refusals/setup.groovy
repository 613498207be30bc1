// Layer zips that are not right for this function, made here: only their descriptor, which the checks read first.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

Closure<Void> fakeLayer = { String name, Map<String, String> properties ->
    File zip = new File(basedir, "fake/${name}.zip")
    zip.parentFile.mkdirs()
    new ZipOutputStream(new FileOutputStream(zip)).withCloseable { out ->
        if (properties != null) {
            out.putNextEntry(new ZipEntry('lambda-shim/layer.properties'))
            out.write(properties.collect { k, v -> "${k}=${v}\n" }.join('').bytes)
        } else {
            out.putNextEntry(new ZipEntry('something-else.txt'))
            out.write('not a layer'.bytes)
        }
        out.closeEntry()
    }
}
int java = Runtime.version().feature()
Map<String, String> base = [id: 'f' * 64, javaVersion: "${java}", javaRuntimeVersion: "${java}", architecture: 'x86_64',
        modules: 'java.base,java.logging', runtimeVersion: 'test', jars: '']
fakeLayer('arm64', base + [architecture: 'arm64'])
fakeLayer('other-java', base + [javaVersion: java == 21 ? '17' : '21'])
fakeLayer('not-a-layer', null)
// A descriptor whose jar would lead out of the layer onto the function's class path.
fakeLayer('outside', base + [jars: 'example:evil:1.0::lib/../../../tmp/evil.jar'])
return true
