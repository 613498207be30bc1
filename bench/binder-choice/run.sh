#!/bin/sh
# How to bind records without databind, measured before choosing (issue 24): the cold start of a `main` that reads
# bench's 2 KB API Gateway event into records and writes a response record, with
#   databind   the runtime's JsonCodec (what a record handler got before)
#   typed      the runtime's TypedJson: reflection over record components on the strict reader, jackson-core's generator
#   jr         jackson-jr (jackson-core's parser and generator, its own bean introspection)
#   avaje      avaje-jsonb, adapters generated at compile time by its annotation processor, its own parser
# each with its own trained start-up cache (Java 25: an AOT cache recorded by one run, as lambda:package does) and the
# same JVM flags (the bootstrap's at 512 MB), with and without -Djdk.reflect.useNativeAccessorOnly=true, interleaved.
# Usage: bench/binder-choice/run.sh   Environment: RUNS (default 7), JAVA_HOME (a JDK 25; default Temurin 25),
#   REPO (the local Maven repository holding jackson-jr and avaje-jsonb; default ~/.m2/repository).
# Needs lambda-runtime packaged and lambda-core installed in REPO (mvn install -pl lambda-runtime -am). Prints a table of medians (ms).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
T="$HERE/target"
RUNS=${RUNS:-7}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
REPO=${REPO:-$HOME/.m2/repository}
JACKSON=2.21.0
AVAJE=3.8
rm -rf "$T" && mkdir -p "$T/classes" "$T/cache"
jar() { echo "$REPO/$1"; }
# Jars only: the AOT cache takes no directory on the class path.
CP="$(ls "$ROOT"/lambda-runtime/target/lambda-runtime-*.jar | grep -v sources | head -n 1):$REPO/dev/lambdashim/lambda-core/0.1.0-SNAPSHOT/lambda-core-0.1.0-SNAPSHOT.jar"
for j in com/fasterxml/jackson/core/jackson-core/$JACKSON/jackson-core-$JACKSON.jar \
  com/fasterxml/jackson/core/jackson-databind/$JACKSON/jackson-databind-$JACKSON.jar \
  com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar \
  com/fasterxml/jackson/datatype/jackson-datatype-jdk8/$JACKSON/jackson-datatype-jdk8-$JACKSON.jar \
  com/fasterxml/jackson/datatype/jackson-datatype-jsr310/$JACKSON/jackson-datatype-jsr310-$JACKSON.jar \
  com/fasterxml/jackson/jr/jackson-jr-objects/$JACKSON/jackson-jr-objects-$JACKSON.jar \
  io/avaje/avaje-jsonb/$AVAJE/avaje-jsonb-$AVAJE.jar io/avaje/avaje-json-core/$AVAJE/avaje-json-core-$AVAJE.jar; do
  [ -f "$REPO/$j" ] || { echo "missing $REPO/$j (mvn dependency:get -Dartifact=...)" >&2; exit 1; }
  CP="$CP:$REPO/$j"
done
PROC="$REPO/io/avaje/avaje-jsonb-generator/$AVAJE/avaje-jsonb-generator-$AVAJE.jar"
"$JAVA_HOME/bin/javac" --release 17 -proc:full -processorpath "$PROC" -cp "$CP" -d "$T/classes" "$HERE"/src/choice/*.java
"$JAVA_HOME/bin/jar" --create --file "$T/choice.jar" -C "$T/classes" .
CP="$T/choice.jar:$CP"
FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:NewSize=16m -XX:MaxRAM=512m -Xmx435m"
EVENT="$ROOT/bench/functions/events/apigw/apigateway-proxy.json"
MAINS="Databind Reflective Jr Avaje"
for m in $MAINS; do for native in false true; do
  "$JAVA_HOME/bin/java" $FLAGS -Djdk.reflect.useNativeAccessorOnly=$native -XX:AOTCacheOutput="$T/cache/$m-$native.aot" \
    -Xlog:aot=off -Xlog:cds=off -cp "$CP" choice.$m "$EVENT" >"$T/$m-$native.train" 2>&1
  head -c 200 "$T/$m-$native.train"; echo " <- $m native=$native"
done; done
i=0
while [ $i -lt "$RUNS" ]; do
  i=$((i + 1))
  for m in $MAINS; do for native in false true; do
    s=$(date +%s%N)
    /usr/bin/time -o "$T/cpu" -f "%U %S" "$JAVA_HOME/bin/java" $FLAGS -Djdk.reflect.useNativeAccessorOnly=$native \
      -XX:AOTCache="$T/cache/$m-$native.aot" -cp "$CP" choice.$m "$EVENT" >/dev/null
    e=$(date +%s%N)
    echo "$m $native $(( (e - s) / 1000000 )) $(awk '{printf "%d", ($1 + $2) * 1000}' "$T/cpu")" >>"$T/times"
  done; done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
echo "| contender | wall, median ms | CPU (user+sys), median ms | native accessors: wall | native: CPU |"
echo "|---|---|---|---|---|"
for m in $MAINS; do
  row="| $m"
  for native in false true; do for col in 3 4; do
    row="$row | $(awk -v m=$m -v n=$native -v c=$col '$1 == m && $2 == n {print $c}' "$T/times" | median)"
  done; done
  echo "$row |"
done
