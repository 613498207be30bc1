#!/bin/sh
# Cold start of the applications on frameworks (it/src/frameworks; now the Spring Boot 3 REST app on
# serverless-java-container), side by side in one run: lambda-shim's zip (its trained start-up cache) against AWS's
# runtime interface client 2.10.1 laid out as on AWS (the client on the class path, the application's classes and jars
# in the task root), without and with a start-up cache of its own trained by hand on the same events. All on one JDK:
# this machine's (the zip is built with -Dlambda.docker=false, so its runtime is jlinked from that JDK), with the
# bootstrap's JVM flags for every contender; cold starts unlimited and under Lambda's CPU share at MEMORY.
# Usage: bench/frameworks.sh   (from anywhere; needs lambda-shim installed in the local repository, e.g.
#        ./mvnw install -DskipTests -pl lambda-core,lambda-events,lambda-emulator,lambda-runtime,lambda-maven-plugin -am;
#        root with a writable cgroup cpu controller for the CPU limit)
# Environment: RUNS (cold rounds, default 5), DISCARD (default 1), MEMORY (MB, default 512), CPUS (default
#   "0,<Lambda's share for MEMORY>"), MVN_ARGS (e.g. -o or -Dmaven.repo.local=...).
# Results: bench/target/frameworks/results.md and results.csv.
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
T="$BENCH/target/frameworks"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-5}
DISCARD=${DISCARD:-1}
MEMORY=${MEMORY:-512}
SHARE=$(awk "BEGIN{printf \"%.2f\", $MEMORY/1769}")
CPUS=${CPUS:-0,$SHARE}
APP=springboot3-rest
KIND=springboot3
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -n 1)

echo "== building the harness and $APP (lambda-shim $VERSION, on $JAVA_HOME)"
(cd "$BENCH/harness" && $MVN clean package)
rm -rf "$T" && mkdir -p "$T"
cp -r "$ROOT/it/src/frameworks/$APP" "$T/$APP"
sed -i "s/@lambdaShimVersion@/$VERSION/" "$T/$APP/pom.xml"
(cd "$T/$APP" && $MVN clean package -Dlambda.docker=false)
unzip -q "$T/$APP/target/$APP.zip" -d "$T/shim"
mkdir -p "$T/aws/lib" "$T/aws-cache" "$T/logs"
cp -r "$T/$APP/target/classes/." "$T/aws/"
cp "$T/$APP/target/task-lib/"*.jar "$T/aws/lib/"
EVENTS="$T/$APP/src/lambda/events"
sed 's:/pets/2:/pets/9:g' "$EVENTS/pet-get.json" > "$T/pet-missing.json"

HCP="$BENCH/harness/target/classes:$BENCH/harness/target/lib/*"
LAMBDA_MEMORY=$MEMORY . "$BENCH/jvm-flags.sh"
AWS_MAIN=com.amazonaws.services.lambda.runtime.api.client.AWSLambda
AWS_CMD="$JAVA $JVM_FLAGS -cp $T/$APP/target/ric-lib/*"
echo "== training AWS's client's own start-up cache (a dynamic AppCDS archive) on the app's events"
set --
for e in "$EVENTS"/*.json; do set -- "$@" --event "$e"; done
"$JAVA" -cp "$HCP" bench.Train --handler $KIND "$@" --memory "$MEMORY" --logs "$T/logs" --expect "$T/aws-cache/$KIND.jsa" \
  --contender "key=D;dir=$T/aws;cmd=$AWS_CMD -XX:ArchiveClassesAtExit=$T/aws-cache/$KIND.jsa $AWS_MAIN {class}"

{
  echo "# Cold start of $APP, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK for all: $("$JAVA" -version 2>&1 | head -n 2 | tail -n 1); JVM flags for all (the bootstrap's at $MEMORY MB): $JVM_FLAGS"
  echo "- zip: $(du -k "$T/$APP/target/$APP.zip" | cut -f1) KiB; linked modules: $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$T/shim/jre/release")"
  echo "- rounds: $RUNS cold (+$DISCARD discarded) per contender, event and CPU limit ($CPUS; 0 = none)"
  echo
} > "$T/results.md"
"$JAVA" -cp "$HCP" bench.Harness --runs "$RUNS" --discard "$DISCARD" --skip-warm --memory "$MEMORY" --cpus "$CPUS" \
  --logs "$T/logs" --out "$T/harness.md" --csv "$T/results.csv" --ratio-to C --ratio-to D \
  --event "$KIND=$EVENTS/pet-get.json" --event "$KIND/pet-missing=$T/pet-missing.json" \
  --contender "key=A;label=lambda-shim zip, trained cache;dir=$T/shim;cmd=./bootstrap" \
  --contender "key=C;label=AWS runtime interface client 2.10.1, no cache;dir=$T/aws;cmd=$AWS_CMD $AWS_MAIN {class}" \
  --contender "key=D;label=AWS runtime interface client 2.10.1, its own cache trained by hand;dir=$T/aws;cmd=$AWS_CMD -XX:SharedArchiveFile=$T/aws-cache/$KIND.jsa $AWS_MAIN {class}"
cat "$T/harness.md" >> "$T/results.md"
echo "== results: $T/results.md"
cat "$T/results.md"
