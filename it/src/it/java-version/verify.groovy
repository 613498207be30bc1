String log = new File(basedir, 'build.log').text
String running = System.getProperty('java.specification.version')
assert log.contains("<javaVersion> (-Dlambda.javaVersion) is 21, but Maven runs on Java $running and" +
        ' -Dlambda.docker=false links that JDK into the zip: run Maven on a JDK 21 (JAVA_HOME), build in Docker' +
        " (drop -Dlambda.docker=false), or leave <javaVersion> unset to build for Java $running")
File target = new File(basedir, 'target')
assert !new File(target, 'lambda-shim').exists() : 'nothing staged'
assert !new File(target, 'java-version.zip').exists()
return true
