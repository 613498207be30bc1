String log = new File(basedir, 'build.log').text
assert log.contains('The build image lambda-shim/build-jdk:17 has Java 17, not the Java 25 of <javaVersion>' +
        ' (-Dlambda.javaVersion): set <image> (-Dlambda.image) to a JDK 25 image, or <javaVersion> to the image\'s' +
        ' version')
File target = new File(basedir, 'target')
assert !new File(target, 'docker-wrong-jdk.zip').exists()
assert !target.listFiles().any { it.name.endsWith('.partial') }
return true
