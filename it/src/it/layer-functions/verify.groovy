String log = new File(basedir, 'build.log').text
def layers = evaluate(new File(layerChecksScript))
int java = Runtime.version().feature()
File layerZip = new File(basedir, "layer/target/lambda-shim-java${java}-x86_64.zip")

// The layer: the module <modules> asked for, not java.sql.
String layerId = layers.layer(layerZip, java, ['java.net.http'], ['java.sql'])
// Listed last among the modules, the layer was built first: the functions depend on it.
int layerBuilt = log.indexOf("Built ${layerZip}")
assert layerBuilt > 0 && layerBuilt < log.indexOf('hello.zip') && layerBuilt < log.indexOf('clock.zip')

// hello's handler never needs Jackson databind: the layer's is off its classpath; clock's reads a record: on it.
['hello', 'clock'].each { name ->
    layers.functionZip(new File(basedir, "${name}/target/${name}.zip"), layerId, java, name == 'clock')
    layers.template(new File(basedir, "${name}/target/template.yaml"), layerZip, "LambdaShimJava${java}X8664Layer",
            name.capitalize() + 'Function')
}

// 2: both answered through lambda:invoke on the layer's bootstrap, their classes from the start-up cache.
layers.answeredFromCache(log, ['"Hello, World!"', '"HTTP client HTTP_2 at 1970-01-01T00:00:00Z"'],
        ['example.Hello', 'example.Clock'])
// clock's typed event (its record) came from the start-up cache recorded with the layer's databind on its classpath.
assert log.contains('example.Clock$Request source: shared objects file')
assert log.contains('Jackson databind left off the function\'s classpath on the layer: the handler example.Hello')
assert !log.contains('Jackson databind left off the function\'s classpath on the layer: the handler example.Clock')

// 3: the function that needs java.sql.
assert log.contains('[ERROR] Failed to execute goal')
assert log.contains('example.Epoch needs the Java module java.sql, which the layer')
assert !new File(basedir, 'needs-sql/target/needs-sql.zip').exists()
return true
