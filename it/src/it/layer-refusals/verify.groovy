String log = new File(basedir, 'build.log').text
Closure<Void> failed = { String message -> assert log.contains('[ERROR] Failed to execute goal') && log.contains(message) : message }
int java = Runtime.version().feature()

failed('<runtime>layer</runtime> needs the layer: set <layer> (-Dlambda.layer) to the layer zip that lambda:layer' +
        ' wrote (a path), or to its Maven coordinates groupId:artifactId:version')
failed("<layer> (-Dlambda.layer) is no/such/layer.zip, but there is no ${new File(basedir, 'no/such/layer.zip')}:" +
        ' build the layer first (mvn package in its project runs lambda:layer), or fix the path')
failed('<layer> (-Dlambda.layer) example:no-such-layer:1.0 cannot be found (example:no-such-layer:zip:layer:1.0):' +
        ' build the layer first (mvn install in its project)')
failed("The layer ${new File(basedir, 'fake/arm64.zip')} is for arm64, the function for x86_64: set <architecture>" +
        ' (-Dlambda.architecture) to arm64, or give a layer built for x86_64')
int other = java == 21 ? 17 : 21
failed("The layer ${new File(basedir, 'fake/other-java.zip')} has Java ${other}, and -Dlambda.docker=false records" +
        " the function's start-up cache on the JDK running Maven, Java ${java}: run Maven on a JDK ${other}" +
        ' (JAVA_HOME), or build in Docker (drop -Dlambda.docker=false)')
failed("<layer> (-Dlambda.layer) fake/not-a-layer.zip is ${new File(basedir, 'fake/not-a-layer.zip')}, which is not" +
        ' a lambda-shim layer (it has no lambda-shim/layer.properties)')
failed("<layer> (-Dlambda.layer) fake/outside.zip is ${new File(basedir, 'fake/outside.zip')}, whose" +
        " lambda-shim/layer.properties is damaged (jars holds the path 'lib/../../../tmp/evil.jar', which is not a jar" +
        ' directly under lib/ (lib/<name>.jar)): build the layer again with lambda:layer')
failed("<runtime> (-Dlambda.runtime) is 'lambda': give bundled (a Java runtime in the function's zip, the default)" +
        ' or layer (the Java runtime of a lambda-shim layer, named by <layer>)')
failed("<modules> (-Dlambda.layerModules) holds 'not/a/module', which is not a Java module name")

File target = new File(basedir, 'target')
assert !new File(target, 'lambda-shim/stage').exists() : 'nothing staged'
assert !target.listFiles().any { it.name.endsWith('.zip') || it.name == 'template.yaml' }
return true
