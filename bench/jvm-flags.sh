# Sourced by the bench scripts: the JVM flags lambda-shim's bootstrap passes at AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512
# (lambda-maven-plugin/src/main/resources/dev/lambdashim/maven/bootstrap), given to every contender that is not
# started through a bootstrap, so that contenders differ by runtime code only. JVM_FLAGS= overrides them.
JVM_FLAGS=${JVM_FLAGS-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:NewSize=16m -XX:MaxRAM=512m -Xmx435m"}
