#!/bin/sh
# What the AWS compatibility layer costs a function that does not use it: a plain lambda-shim Handler, started as a
# child of the emulator's FunctionRunner, one event, then exit. For each runtime classpath given, RUNS times: the
# classes loaded (-Xlog:class+load; load-independent), whether their names differ from the first classpath's, and
# the wall time of the whole run (FunctionRunner's own JVM included; noisy on a shared machine).
#   bench/aws-compat/classload.sh LABEL=RUNTIME_CLASSPATH...
# e.g. the runtime of this build with and without AWS's jars on the classpath, and a baseline runtime's jars.
# Environment: RUNS (default 5), EMULATOR (the lambda-emulator jar), JAVA (default java).
# README ("Functions written for AWS's Java runtime") gives the figures of one run.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
RUNS=${RUNS:-5}
JAVA=${JAVA:-java}
T=${TMPDIR:-/tmp}/aws-compat-classload
rm -rf "$T" && mkdir -p "$T/classes"
median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
for spec in "$@"; do
  label=${spec%%=*}; cp=${spec#*=}
  javac -d "$T/classes" -cp "$cp" "$HERE/Hello.java"
  i=0
  while [ $i -lt "$RUNS" ]; do
    i=$((i + 1))
    start=$(date +%s%N)
    "$JAVA" -cp "$EMULATOR" dev.lambdashim.emulator.FunctionRunner \
      --env _HANDLER=bench.Hello --env AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 -- \
      "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto "-Xlog:class+load:file=$T/$label-$i.cl" \
      -cp "$T/classes:$cp" dev.lambdashim.runtime.Main >"$T/$label-$i.out" 2>&1
    echo $((($(date +%s%N) - start) / 1000000)) >"$T/$label-$i.ms"
  done
  # Class names without the addresses of hidden classes (lambdas, method handles), which differ run to run.
  awk '{print $2}' "$T/$label-1.cl" | sed 's#/0x[0-9a-f]*$##' | sort >"$T/$label.names"
  first=${first:-$label}
  classes=$(for f in "$T/$label"-*.cl; do wc -l <"$f"; done | median)
  aws=$(for f in "$T/$label"-*.cl; do grep -c -e 'com\.amazonaws\.' -e 'dev\.lambdashim\.runtime\.aws\.' "$f" || true; done | median)
  ms=$(cat "$T/$label"-*.ms | median)
  same=$(cmp -s "$T/$first.names" "$T/$label.names" && echo "the same classes as $first" || echo "classes differ from $first: diff $T/$first.names $T/$label.names")
  echo "$label: classes loaded $classes (of AWS or the bridge: $aws; $same), run $ms ms (medians of $RUNS)"
done
