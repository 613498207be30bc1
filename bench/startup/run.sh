#!/bin/sh
# The start-up profile behind README's Performance figures: where a lambda-shim cold start spends its time, with and
# without the trained start-up cache, on the zip's own jlinked runtime.
#   1. the runtime's timeline from -Xlog:startuptime, -Xlog:class+init and -Xlog:class+load (JVM created, Main
#      initialised, handler initialised, Jackson set up = InvokeLoop initialised) and how many classes came from
#      where before the first /next (an AOT cache loads its classes up front, so initialisation is the clock; JDKs
#      that do not log "Initializing" fall back to class loading);
#   2. Jackson's share, step by step (JacksonStartup: lambda-shim's ObjectMapper configuration, each step timed).
# Usage: bench/startup/run.sh [UNPACKED_ZIP_DIR]   (default bench/target/shim/hello, made by bench/run.sh)
# Environment: RUNS (default 15). Needs javac (any JDK 17+) and the lambda-emulator jar (bench/harness/target/lib).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
DIR=$(cd "${1:-$BENCH/target/shim/hello}" && pwd)
RUNS=${RUNS:-15}
T="$BENCH/target/startup"
rm -rf "$T" && mkdir -p "$T/nocache"
EMU=$(ls "$BENCH"/harness/target/lib/lambda-emulator-*.jar | head -n 1)
JAVA="$DIR/jre/bin/java"
FEATURE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$DIR/jre/release")
CP=$(sed -n 's/^-cp //p' "$DIR/lambda-shim.args" | tr ':' '\n' | sed "s#^#$DIR/#" | paste -sd: -)
. "$BENCH/jvm-flags.sh"
median() { sort -n | awk '{v[NR]=$1} END{if (NR) print v[int((NR+1)/2)]; else print "-"}'; }

echo "# Start-up profile: $("$JAVA" -version 2>&1 | head -n 1), $DIR, $RUNS runs each (medians)"
echo
# The zip without its trained cache: the same files, minus lambda-shim.aot / lambda-shim.jsa, plus the JDK's default
# CDS archive (what every JDK ships; the zip carries only the trained one).
cp -a "$DIR/." "$T/nocache/" && rm -f "$T/nocache/lambda-shim.aot" "$T/nocache/lambda-shim.jsa"
"$T/nocache/jre/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null

echo "## 1. The runtime's timeline (ms since JVM start; classes loaded before the handler's first event)"
echo
echo "| | JVM created | Main initialised | handler initialised | Jackson set up, loop starts | classes: archive / JDK image / jars |"
echo "|---|---|---|---|---|---|"
for mode in cache nocache; do
  dir=$DIR; [ $mode = nocache ] && dir=$T/nocache
  i=0
  while [ $i -lt "$RUNS" ]; do
    i=$((i + 1))
    log=$T/$mode-$i
    (cd "$dir" && java -cp "$EMU" dev.lambdashim.emulator.FunctionRunner --event "$BENCH/functions/events/hello/hello.json" \
      --env AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 --env LAMBDA_TASK_ROOT="$dir" \
      --env "JAVA_TOOL_OPTIONS=-Xlog:startuptime:file=$log.st:uptime -Xlog:class+load:file=$log.cl:uptime -Xlog:class+init=info:file=$log.ci:uptime" \
      -- ./bootstrap >"$log.out" 2>&1) || true
    handler=$(sed -n 's/^-Dlambdashim.handler=//p' "$dir/lambda-shim.args")
    # Markers from "Initializing 'a/b/C'" lines where the JDK logs them, else from class+load lines.
    { if grep -q "Initializing '" "$log.ci"; then
        sed -n "s/^\(\[[^]]*\]\) [0-9]* Initializing '\([^'(]*\)'.*/\1 \2/p" "$log.ci" | tr '/' '.'
      else awk '{print $1, $2}' "$log.cl"; fi; } | awk -v h="$handler" '
      function t(s) { return substr(s, 2, length(s) - 3) * 1000 }
      $2 == "dev.lambdashim.runtime.Main" && !m { m = t($1) }
      $2 == h && !hd { hd = t($1) }
      $2 == "dev.lambdashim.runtime.InvokeLoop" && !l { l = t($1) }
      END { printf "%d %d %d ", m, hd, l }' >"$log.phases"
    awk '
      $2 == "dev.lambdashim.runtime.InvokeLoop" { done = 1 }
      !done { if (/shared objects file/) a++; else if (/jrt:/) j++; else o++ }
      END { printf "%d %d %d\n", a, j, o }' "$log.cl" >>"$log.phases"
    awk '/Create VM/ { printf "%d\n", substr($1, 2, length($1) - 3) * 1000 }' "$log.st" >"$log.vm"
  done
  vm=$(cat "$T"/$mode-*.vm | median)
  col() { for f in "$T"/$mode-*.phases; do cut -d' ' -f"$1" "$f"; done | median; }
  echo "| $mode | $vm | $(col 1) | $(col 2) | $(col 3) | $(col 4) / $(col 5) / $(col 6) |"
done
echo

echo "## 2. Jackson's share: lambda-shim's ObjectMapper set-up, step by step (µs)"
echo
mkdir -p "$T/classes"
javac --release 17 -nowarn -cp "$CP" -d "$T/classes" "$HERE/JacksonStartup.java"
(cd "$T/classes" && jar cf "$T/jackson-startup.jar" .)
RCP="$T/jackson-startup.jar:$CP"
if [ "$FEATURE" -ge 25 ]; then
  "$JAVA" $JVM_FLAGS -XX:AOTCacheOutput="$T/js.aot" -cp "$RCP" JacksonStartup >/dev/null 2>&1
  CACHE="-XX:AOTCache=$T/js.aot"
else
  # As lambda:package does on 17/21: one static archive from the classes a training run loaded.
  "$JAVA" $JVM_FLAGS -XX:DumpLoadedClassList="$T/js.classlist" -cp "$RCP" JacksonStartup >/dev/null
  "$JAVA" -Xshare:dump -XX:SharedClassListFile="$T/js.classlist" -XX:SharedArchiveFile="$T/js.jsa" -Xlog:cds=off \
    -cp "$RCP" >/dev/null
  CACHE="-XX:SharedArchiveFile=$T/js.jsa"
fi
i=0
while [ $i -lt "$RUNS" ]; do
  i=$((i + 1))
  "$JAVA" $JVM_FLAGS $CACHE -cp "$RCP" JacksonStartup >>"$T/js-cache.txt"
  "$T/nocache/jre/bin/java" $JVM_FLAGS -cp "$RCP" JacksonStartup >>"$T/js-nocache.txt"
done
echo "| step | with a start-up cache | without |"
echo "|---|---|---|"
steps=$(head -n 1 "$T/js-cache.txt" | awk '{for (i = 1; i <= NF; i += 2) print $i}')
for step in $steps; do
  c=$(awk -v s="$step" '{for (i = 1; i <= NF; i += 2) if ($i == s) print $(i + 1)}' "$T/js-cache.txt" | median)
  n=$(awk -v s="$step" '{for (i = 1; i <= NF; i += 2) if ($i == s) print $(i + 1)}' "$T/js-nocache.txt" | median)
  echo "| $(echo "$step" | tr '_' ' ') | $c | $n |"
done
tc=$(awk '{s = 0; for (i = 2; i <= NF; i += 2) s += $i; print s}' "$T/js-cache.txt" | median)
tn=$(awk '{s = 0; for (i = 2; i <= NF; i += 2) s += $i; print s}' "$T/js-nocache.txt" | median)
echo "| **total** | **$tc** | **$tn** |"
