String log = new File(basedir, 'build.log').text
Closure<Void> failed = { String message -> assert log.contains('[ERROR] Failed to execute goal') && log.contains(message) : message }

failed("Building without Docker links this machine's JDK into the zip, so it must be a Linux arm64 JDK; this is" +
        ' Linux amd64. Build with Docker (<docker>true</docker>, the default), or on a Linux arm64 machine')
failed('The build image lambda-shim/build-jdk:17 is for amd64, the function for arm64: set <image> (-Dlambda.image)' +
        ' to an arm64 JDK image, or <architecture> (-Dlambda.architecture) to x86_64')
assert !log.contains('Building the Java runtime in') : 'no build container started'

File target = new File(basedir, 'target')
assert !new File(target, 'arm64-mixes.zip').exists()
assert !new File(target, 'lambda-shim/stage').exists() : 'nothing staged'
return true
