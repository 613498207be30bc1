#!/bin/sh
# lambda-shim vs AWS's Java runtime interface client, side by side, on this machine: cold start, warm round trip,
# RSS, zip size, the runtime's own per-invocation overhead (JMH), the emulator's own overhead, and the start-up
# profile (bench/startup/run.sh).
# Usage: bench/run.sh [--quick]      (from anywhere; needs Docker with lambda-shim/build-jdk:$JAVA_VERSION, ~10-15 min)
# Environment: JAVA_VERSION (17 or 25, default 25 as lambda:package's: the build image and the JDK of all contenders),
#              RUNS (cold runs per contender, default 20), INVOCATIONS (warm, default 5000), MVN_ARGS (e.g. -o),
#              SKIP_BUILD=1 (reuse bench/target from the previous run), BASELINE (a directory made by bench/baseline.sh:
#              its zips run as contender A0 beside A, and its JMH jar beside this one's: before/after in one run).
# Results: bench/target/results.md (and the console); as data (CSV) in bench/results/latest, for the site.
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
T="$BENCH/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-20}
INVOCATIONS=${INVOCATIONS:-5000}
JAVA_VERSION=${JAVA_VERSION:-25}
IMAGE=lambda-shim/build-jdk:$JAVA_VERSION
if [ "${1:-}" = "--quick" ]; then RUNS=5; INVOCATIONS=1000; fi
mkdir -p "$T"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-shim, the functions (lambda-shim zips through Docker; AWS's client) and the harness"
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-events,lambda-emulator,lambda-runtime,lambda-maven-plugin)
  (cd "$BENCH/functions/shim" && $MVN clean package -Dlambda.image=$IMAGE -Dlambda.javaVersion=$JAVA_VERSION)
  (cd "$BENCH/functions/aws" && $MVN clean package)
  (cd "$BENCH/harness" && $MVN clean package)
  (cd "$BENCH/overhead" && $MVN clean package)
  # AWS's client runs on the very JDK build the zip's runtime was jlinked from: the build image's, copied out.
  rm -rf "$T/jdk"
  docker run --rm --label dev.lambdashim.bench -v "$T:/out" $IMAGE \
    sh -c 'cp -rL "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /out/jdk 2>/dev/null; true'
  rm -rf "$T/shim" "$T/shim-nocache"
  mkdir -p "$T/shim" "$T/shim-nocache"
  for f in hello apigw; do
    unzip -q "$BENCH/functions/shim/target/bench-$f.zip" -d "$T/shim/$f"
    mkdir -p "$T/shim-nocache" && cp -a "$T/shim/$f" "$T/shim-nocache/$f"
    rm -f "$T/shim-nocache/$f/lambda-shim.jsa" "$T/shim-nocache/$f/lambda-shim.aot"
    # The trained cache is the zip's only CDS archive; without it, (b) gets what every JDK ships and (c) has: the
    # JDK's default CDS archive, generated for the zip's runtime.
    "$T/shim-nocache/$f/jre/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null
  done
fi

# The JVM flags of the bootstrap (lambda-maven-plugin/src/main/resources/dev/lambdashim/maven/bootstrap) for 512 MB,
# given to AWS's client too, so that (c) differs from (a)/(b) by the runtime code and the start-up cache only.
. "$BENCH/jvm-flags.sh"
grep -q -- '-XX:+UseSerialGC' "$T/shim/hello/bootstrap" && grep -q -- '-XX:TieredStopAtLevel=1' "$T/shim/hello/bootstrap" \
  && grep -q -- '-XX:NewSize=16m' "$T/shim/hello/bootstrap" && grep -q -- '-XX:MaxRAM=' "$T/shim/hello/bootstrap" \
  || echo "warning: the packaged bootstrap's flags differ from JVM_FLAGS ($JVM_FLAGS), given to c and the floor" >&2
echo "== JVM flags of the bootstrap at 512 MB: ${JVM_FLAGS:-(none)}"
AWS_CP="$BENCH/functions/aws/target/bench-functions-aws-0.1.0-SNAPSHOT.jar:$BENCH/functions/aws/target/lib/*"
HCP="$BENCH/harness/target/classes:$BENCH/harness/target/lib/*"
EV="$BENCH/functions/events"
ZIP_HELLO=$(stat -c %s "$BENCH/functions/shim/target/bench-hello.zip")

{
  echo "# lambda-shim benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; $(free -g | awk '/Mem:/{print $2}') GB RAM; $(uname -sr)"
  echo "- JDK: $("$T/jdk/bin/java" -version 2>&1 | head -n 2 | tail -n 1) (jlinked into the zip for a/b; whole for c)"
  echo "- AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512; JVM flags for a, b, c (from the bootstrap): ${JVM_FLAGS:-none}"
  echo "- hello-world zip: $ZIP_HELLO bytes ($(awk "BEGIN{printf \"%.1f\", $ZIP_HELLO/1048576}") MiB)"
  echo
} > "$T/results.md"

BASELINE_CONTENDER=""
if [ -n "${BASELINE:-}" ]; then
  rm -rf "$T/baseline-unzipped" && mkdir -p "$T/baseline-unzipped"
  for f in hello apigw; do unzip -q "$BASELINE/bench-$f.zip" -d "$T/baseline-unzipped/$f"; done
  BASELINE_CONTENDER="key=A0;label=lambda-shim zip built from $(cat "$BASELINE/commit"), trained cache;dir=$T/baseline-unzipped/{handler};cmd=./bootstrap"
fi

echo "== harness (cold: $RUNS runs each, interleaved; warm: $INVOCATIONS invocations)"
java -cp "$HCP" bench.Harness --runs "$RUNS" --invocations "$INVOCATIONS" --logs "$T/logs" --out "$T/harness.md" \
  --event "hello=$EV/hello/hello.json" --event "apigw=$EV/apigw/apigateway-proxy.json" \
  ${BASELINE_CONTENDER:+--contender "$BASELINE_CONTENDER"} \
  --contender "key=A;label=lambda-shim zip, trained cache;dir=$T/shim/{handler};cmd=./bootstrap" \
  --contender "key=B;label=lambda-shim zip, cache removed;dir=$T/shim-nocache/{handler};cmd=./bootstrap" \
  --contender "key=C;label=AWS runtime interface client 2.10.1;dir=$BENCH/functions/aws/target;cmd=$T/jdk/bin/java $JVM_FLAGS -cp $AWS_CP com.amazonaws.services.lambda.runtime.api.client.AWSLambda {class}" \
  --contender "key=F;label=floor: raw-socket main, same jlinked runtime and flags, JDK's default CDS archive;warm=false;dir=$T/shim-nocache/hello;cmd=jre/bin/java $JVM_FLAGS -cp $BENCH/harness/target/classes bench.Floor"
cat "$T/harness.md" >> "$T/results.md"
{
  echo
  echo "## Where the warm processes' resident memory is (MiB, from /proc/PID/smaps; bench/rss.sh)"
  echo
  "$BENCH/rss.sh" "$T"/logs/*.smaps
  echo
  echo "## The hello-world zip's largest entries (bytes: size, compressed)"
  echo
  unzip -lv "$BENCH/functions/shim/target/bench-hello.zip" | awk '$2 == "Defl:N" || $2 == "Stored" {print $1, $3, $8}' \
    | sort -k2 -n -r | head -n 6 | sed 's/^/    /'
} >> "$T/results.md"

echo "== JMH: the runtime's own overhead per invocation (dispatch + JSON in/out, no HTTP)"
java -jar "$BENCH/overhead/target/benchmarks.jar" -f 1 -wi 5 -w 1s -i 5 -r 1s -tu us -bm avgt \
  -rf json -rff "$T/jmh.json" | tee "$T/jmh.txt"
{
  echo "## Runtime overhead per invocation (JMH, avgt, 1 fork, 5 x 1 s warm-up, 5 x 1 s)"
  echo
  echo '```'
  sed -n '/^Benchmark/,$p' "$T/jmh.txt"
  echo '```'
} >> "$T/results.md"
if [ -n "${BASELINE:-}" ]; then
  echo "== JMH of the baseline ($(cat "$BASELINE/commit"))"
  java -jar "$BASELINE/benchmarks.jar" -f 1 -wi 5 -w 1s -i 5 -r 1s -tu us -bm avgt | tee "$T/jmh-baseline.txt"
  {
    echo
    echo "Baseline $(cat "$BASELINE/commit"), same settings:"
    echo
    echo '```'
    sed -n '/^Benchmark/,$p' "$T/jmh-baseline.txt"
    echo '```'
  } >> "$T/results.md"
fi

echo "== start-up profile (bench/startup/run.sh)"
RUNS=$((RUNS < 15 ? RUNS : 15)) "$BENCH/startup/run.sh" "$T/shim/hello" | tee "$T/startup.md"
{ echo; cat "$T/startup.md"; } >> "$T/results.md"
# The same run as data for the site's performance page (commit bench/results/latest after a run worth showing).
RUNS=$RUNS INVOCATIONS=$INVOCATIONS JAVA_VERSION=$JAVA_VERSION \
  "$BENCH/results/write.sh" "$T" "$BENCH/functions/shim/target/bench-hello.zip" "$BENCH/results/latest"
echo
echo "== results: $T/results.md"
cat "$T/results.md"
