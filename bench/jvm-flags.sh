# Sourced by the bench scripts (which set BENCH): the JVM flags lambda-shim's bootstrap passes at
# AWS_LAMBDA_FUNCTION_MEMORY_SIZE=$LAMBDA_MEMORY (default 512), given to every contender that is not started through a bootstrap, so that
# contenders differ by runtime code only. JVM_FLAGS= overrides them.
# They are read off the bootstrap itself, not written again here: it runs in a scratch task root whose jre/bin/java
# only prints its arguments, without JAVA_TOOL_OPTIONS (which the bootstrap would defer to).
if [ -z "${JVM_FLAGS+set}" ]; then
  _flags_root=$(mktemp -d)
  mkdir -p "$_flags_root/jre/bin"
  printf '#!/bin/sh\necho "$@"\n' > "$_flags_root/jre/bin/java"
  chmod +x "$_flags_root/jre/bin/java"
  JVM_FLAGS=$(env -i PATH="$PATH" AWS_LAMBDA_FUNCTION_MEMORY_SIZE="${LAMBDA_MEMORY:-512}" LAMBDA_TASK_ROOT="$_flags_root" \
    sh "$(dirname "$BENCH")/lambda-maven-plugin/src/main/resources/dev/lambdashim/maven/packaging/bootstrap" \
    | sed 's/ *@lambda-shim.args dev.lambdashim.runtime.Main$//')
  rm -rf "$_flags_root"
  case "$JVM_FLAGS" in *-XX:*) ;; *) echo "bench: could not read the JVM flags off the bootstrap: '$JVM_FLAGS'" >&2; exit 1 ;; esac
fi
