String log = new File(basedir, 'build.log').text
def layers = evaluate(new File(layerChecksScript))
int java = Runtime.version().feature()
File layerZip = new File(basedir, 'layer/target/union-layer.zip')

// 2: the layer's modules are <modules>' (jdk.zipfs) and the union of what its <functions> use: java.net.http
// (clock's HttpClient only) and java.xml (parse's DOM parser only); not java.sql, which neither uses.
String layerId = layers.layer(layerZip, java, ['jdk.zipfs', 'java.net.http', 'java.xml'], ['java.sql'])
assert log.contains('lambda-shim: the functions use ') : 'jdeps analysed the functions named in <functions>'

// 3: both packaged on it, each checked against the layer's modules and trained on its runtime.
['clock', 'parse'].each { name ->
    layers.functionZip(new File(basedir, "${name}/target/${name}.zip"), layerId, java)
    layers.template(new File(basedir, "${name}/target/template.yaml"), layerZip, 'UnionLayerLayer',
            name.capitalize() + 'Function')
}
assert log =~ /the function needs [a-z.,]*java\.net\.http[a-z.,]*, all in the layer's runtime/
assert log =~ /the function needs [a-z.,]*java\.xml[a-z.,]*, all in the layer's runtime/

// 4: both answered on the layer's bootstrap, unpacked beside them.
assert log.contains('Response:\n[INFO]   "HTTP client HTTP_2 at 1970-01-01T00:00:00Z"')
assert log.contains('Response:\n[INFO]   "order 42 with 2 items"')

// 5: a function the layer was not built for, which needs java.sql: refused, naming the module and the fix.
assert log.contains('[ERROR] Failed to execute goal')
assert log.contains('example.Epoch needs the Java module java.sql, which the layer')
assert log.contains('add <module>java.sql</module> to the layer\'s <modules> (lambda:layer), or this function\'s' +
        ' coordinates to its <functions>')
assert !new File(basedir, 'needs-sql/target/needs-sql.zip').exists()
return true
