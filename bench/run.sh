#!/bin/sh
# lambda-shim against AWS's Java runtime interface client, side by side in one run on this machine, as a sceptic
# would set it up: AWS's client also with a start-up cache of its own (trained by hand, as a user would), every cold
# start with and without Lambda's CPU share, on the events the caches were trained on and on events they never saw,
# for hello world, a 2 KB API Gateway record and a real function (AWS SDK v2 DynamoDB client + Jackson); warm round
# trip and RSS; zip sizes; classes loaded up to the first response; the runtime's own overhead (JMH, on the labelled
# JDK with the bootstrap's flags); the start-up profile (bench/startup/run.sh).
# Usage: bench/run.sh [--quick]      (from anywhere; needs Docker with lambda-shim/build-jdk:$JAVA_VERSION and, for the
#        CPU limit, root with a writable cgroup cpu controller; ~20-25 min with the defaults on 2 quiet cores)
# Environment: JAVA_VERSION (17 or 25, default 25 as lambda:package's: the build image and the JDK of all contenders),
#   RUNS (cold rounds, default 5), DISCARD (rounds run first and not counted, default 1), INVOCATIONS (warm,
#   default 3000), WARMUP (default 2000),
#   MEMORY (the function's memory in MB, default 512: heap flags and Lambda's CPU share, MEMORY/1769 of a vCPU),
#   CPUS (comma-separated CPU limits for the cold starts, 0 = none; default "0,<Lambda's share for MEMORY>"),
#   JMH_ARGS (default "-f 1 -wi 5 -w 1s -i 5 -r 1s"), MVN_ARGS (e.g. -o), SKIP_BUILD=1 (reuse bench/target),
#   SKIP_JMH=1, SKIP_STARTUP=1, BASELINE (a directory made by bench/baseline.sh: its zips run as contender A0).
#   --quick: RUNS=3, INVOCATIONS=500, WARMUP=500, one JMH iteration (a smoke run: it proves the machinery end to end).
# Results: bench/target/results.md (and the console); every figure of the harness also in bench/target/results.csv;
#   as data for the site's performance page in bench/results/latest (bench/results/write.sh).
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
T="$BENCH/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-5}
DISCARD=${DISCARD:-1}
INVOCATIONS=${INVOCATIONS:-3000}
WARMUP=${WARMUP:-2000}
MEMORY=${MEMORY:-512}
JAVA_VERSION=${JAVA_VERSION:-25}
JMH_ARGS=${JMH_ARGS:--f 1 -wi 5 -w 1s -i 5 -r 1s}
IMAGE=lambda-shim/build-jdk:$JAVA_VERSION
HANDLERS="hello apigw orders"
if [ "${1:-}" = "--quick" ]; then RUNS=3; INVOCATIONS=500; WARMUP=500; JMH_ARGS="-f 1 -wi 1 -w 1s -i 1 -r 1s"; fi
SHARE=$(awk "BEGIN{printf \"%.2f\", $MEMORY/1769}")
CPUS=${CPUS:-0,$SHARE}
mkdir -p "$T"
# The zip of a function, and AWS's client's classpath for it (an @argfile: -cp, the function's jar and target/lib/).
zip_of() { if [ "$1" = orders ]; then echo "$BENCH/functions/shim-orders/target/bench-orders.zip"; else echo "$BENCH/functions/shim/target/bench-$1.zip"; fi; }
aws_project() { if [ "$1" = orders ]; then echo "$BENCH/functions/aws-orders"; else echo "$BENCH/functions/aws"; fi; }
EV="$BENCH/functions/events"
UNSEEN="$BENCH/functions/events-unseen"
HCP="$BENCH/harness/target/classes:$BENCH/harness/target/lib/*"
AWS_MAIN=com.amazonaws.services.lambda.runtime.api.client.AWSLambda
# AWS's client's own start-up cache, recorded and used with the JVM's stock flags: an AOT cache on 25, a dynamic
# AppCDS archive on top of the JDK's default one on 17 (the one-flag way a user would do it by hand).
if [ "$JAVA_VERSION" -ge 25 ]; then
  AWS_RECORD="-XX:AOTCacheOutput=$T/aws-cache/{handler}.aot"; AWS_USE="-XX:AOTCache=$T/aws-cache/{handler}.aot"; AWS_EXT=aot
else
  AWS_RECORD="-XX:ArchiveClassesAtExit=$T/aws-cache/{handler}.jsa"; AWS_USE="-XX:SharedArchiveFile=$T/aws-cache/{handler}.jsa"; AWS_EXT=jsa
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-shim, the functions (lambda-shim zips through Docker; AWS's client) and the harness"
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-events,lambda-emulator,lambda-runtime,lambda-maven-plugin)
  for p in shim shim-orders; do
    (cd "$BENCH/functions/$p" && $MVN clean package -Dlambda.image=$IMAGE -Dlambda.javaVersion=$JAVA_VERSION)
  done
  for p in aws aws-orders; do (cd "$BENCH/functions/$p" && $MVN clean package); done
  (cd "$BENCH/harness" && $MVN clean package)
  (cd "$BENCH/overhead" && $MVN clean package)
  # AWS's client runs on the very JDK build the zip's runtime was jlinked from: the build image's, copied out.
  rm -rf "$T/jdk"
  docker run --rm --label dev.lambdashim.bench -v "$T:/out" $IMAGE \
    sh -c 'cp -rL "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /out/jdk 2>/dev/null; true'
  rm -rf "$T/shim" "$T/shim-nocache"
  mkdir -p "$T/shim" "$T/shim-nocache"
  for f in $HANDLERS; do
    unzip -q "$(zip_of $f)" -d "$T/shim/$f"
    cp -a "$T/shim/$f" "$T/shim-nocache/$f"
    rm -f "$T/shim-nocache/$f/lambda-shim.jsa" "$T/shim-nocache/$f/lambda-shim.aot"
    # The trained cache is the zip's only CDS archive; without it, (b) gets what every JDK ships and (c) has: the
    # JDK's default CDS archive, generated for the zip's runtime.
    "$T/shim-nocache/$f/jre/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null
  done
fi

# The JVM flags of the bootstrap (lambda-maven-plugin/src/main/resources/dev/lambdashim/maven/packaging/bootstrap) at MEMORY,
# given to AWS's client too, so that C and D differ from A and B by the runtime code and the start-up cache only.
LAMBDA_MEMORY=$MEMORY . "$BENCH/jvm-flags.sh"
echo "== JVM flags of the bootstrap at $MEMORY MB: $JVM_FLAGS"
AWS_CMD="$T/jdk/bin/java $JVM_FLAGS"
mkdir -p "$T/aws"
for f in $HANDLERS; do
  d=$(aws_project $f)
  echo "-cp $(ls "$d"/target/bench-functions-*.jar "$d"/target/lib/*.jar | paste -sd: -)" > "$T/aws/$f.args"
done

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -d "$T/aws-cache" ]; then
  echo "== training AWS's client's own start-up cache on each function's events ($AWS_RECORD)"
  rm -rf "$T/aws-cache" && mkdir -p "$T/aws-cache"
  for f in $HANDLERS; do
    set --
    for e in "$EV/$f"/*.json; do set -- "$@" --event "$e"; done
    java -cp "$HCP" bench.Train --handler "$f" "$@" --memory "$MEMORY" --logs "$T/logs" \
      --expect "$(echo "$T/aws-cache/{handler}.$AWS_EXT" | sed "s/{handler}/$f/")" \
      --contender "key=D;dir=$T/aws;cmd=$AWS_CMD $AWS_RECORD @$T/aws/{handler}.args $AWS_MAIN {class}"
  done
fi

# The events: each function's own (what the caches were trained on) and one it never saw (bench/functions/events-unseen).
set --
for f in $HANDLERS; do
  set -- "$@" --event "$f=$(ls "$EV/$f"/*.json | head -n 1)"
done
for f in $HANDLERS; do
  u=$(ls "$UNSEEN/$f"/*.json | head -n 1)
  set -- "$@" --event "$f/$(basename "$u" .json)=$u"
done
if [ -n "${BASELINE:-}" ]; then
  rm -rf "$T/baseline-unzipped" && mkdir -p "$T/baseline-unzipped"
  for f in hello apigw; do unzip -q "$BASELINE/bench-$f.zip" -d "$T/baseline-unzipped/$f"; done
  set -- "$@" --contender "key=A0;kinds=hello,apigw;label=lambda-shim zip built from $(cat "$BASELINE/commit"), trained cache;dir=$T/baseline-unzipped/{handler};cmd=./bootstrap"
fi
set -- "$@" \
  --contender "key=A;label=lambda-shim zip, trained cache;dir=$T/shim/{handler};cmd=./bootstrap" \
  --contender "key=B;label=lambda-shim zip, cache removed;dir=$T/shim-nocache/{handler};cmd=./bootstrap" \
  --contender "key=C;label=AWS runtime interface client 2.10.1, no cache;dir=$T/aws;cmd=$AWS_CMD @$T/aws/{handler}.args $AWS_MAIN {class}" \
  --contender "key=D;label=AWS runtime interface client 2.10.1, its own cache trained by hand;dir=$T/aws;cmd=$AWS_CMD $AWS_USE @$T/aws/{handler}.args $AWS_MAIN {class}" \
  --contender "key=F;kinds=hello;warm=false;label=floor: raw-socket main, same jlinked runtime and flags, JDK's default CDS archive;dir=$T/shim-nocache/hello;cmd=jre/bin/java $JVM_FLAGS -cp $BENCH/harness/target/classes bench.Floor"

{
  echo "# lambda-shim benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; $(free -g | awk '/Mem:/{print $2}') GB RAM; $(uname -sr); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK: $("$T/jdk/bin/java" -version 2>&1 | head -n 2 | tail -n 1) (jlinked into the zip for A/B; whole for C/D)"
  echo "- AWS_LAMBDA_FUNCTION_MEMORY_SIZE=$MEMORY; JVM flags for all (from the bootstrap): $JVM_FLAGS"
  echo "- CPU limits of the cold starts: $CPUS (0 = none; Lambda's share at $MEMORY MB is $SHARE of a vCPU, a CFS quota of a cgroup)"
  echo "- D's cache: $AWS_RECORD in one run on the function's own events, ended by SIGTERM; then $AWS_USE"
  echo "- rounds: $RUNS cold, $WARMUP + $INVOCATIONS warm; JMH $JMH_ARGS"
  echo
  echo "## Zips (bytes; goal for hello world: under 20 MB)"
  echo
  echo "| function | zip | MiB | start-up cache in it (compressed) |"
  echo "|---|---|---|---|"
  for f in $HANDLERS; do
    z=$(zip_of $f)
    echo "| $f | $(stat -c %s "$z") | $(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$z")/1048576}") | $(unzip -lv "$z" | awk '$8 ~ /lambda-shim\.(aot|jsa)$/ {print $3}') |"
  done
  echo
} > "$T/results.md"

echo "== harness (cold: $RUNS rounds, interleaved, CPU limits $CPUS; warm: $INVOCATIONS invocations)"
java -cp "$HCP" bench.Harness --memory "$MEMORY" --runs "$RUNS" --discard "$DISCARD" --warmup "$WARMUP" --invocations "$INVOCATIONS" --cpus "$CPUS" \
  --ratio-to D --ratio-to C --logs "$T/logs" --out "$T/harness.md" --csv "$T/results.csv" "$@"
cat "$T/harness.md" >> "$T/results.md"

echo "== classes loaded up to the first response (-Xlog:class+load, one cold start each; load-independent)"
java -cp "$HCP" bench.Harness --memory "$MEMORY" --classes "$T/classes" --logs "$T/logs" --csv "$T/classes.csv" "$@" \
  | tee "$T/classes.md"
tail -n +2 "$T/classes.csv" >> "$T/results.csv"
{
  echo
  cat "$T/classes.md"
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

if [ "${SKIP_JMH:-0}" != 1 ]; then
  echo "== JMH: the runtime's own overhead per invocation (dispatch + JSON in/out, no HTTP), on $T/jdk with $JVM_FLAGS"
  # shellcheck disable=SC2086
  "$T/jdk/bin/java" -jar "$BENCH/overhead/target/benchmarks.jar" $JMH_ARGS -tu us -bm avgt \
    -jvm "$T/jdk/bin/java" -jvmArgs "$JVM_FLAGS" -rf json -rff "$T/jmh.json" | tee "$T/jmh.txt"
  {
    echo "## Runtime overhead per invocation (JMH, avgt, $JMH_ARGS)"
    echo
    echo "On the labelled JDK ($("$T/jdk/bin/java" -version 2>&1 | head -n 1)) with the bootstrap's flags in every fork: $JVM_FLAGS (C1 only)."
    echo
    echo '```'
    sed -n '/^Benchmark/,$p' "$T/jmh.txt"
    echo '```'
  } >> "$T/results.md"
  if [ -n "${BASELINE:-}" ]; then
    echo "== JMH of the baseline ($(cat "$BASELINE/commit"))"
    # shellcheck disable=SC2086
    "$T/jdk/bin/java" -jar "$BASELINE/benchmarks.jar" $JMH_ARGS -tu us -bm avgt -jvm "$T/jdk/bin/java" \
      -jvmArgs "$JVM_FLAGS" | tee "$T/jmh-baseline.txt"
    { echo; echo "Baseline $(cat "$BASELINE/commit"), same settings:"; echo; echo '```'
      sed -n '/^Benchmark/,$p' "$T/jmh-baseline.txt"; echo '```'; } >> "$T/results.md"
  fi
fi

if [ "${SKIP_STARTUP:-0}" != 1 ]; then
  echo "== start-up profile (bench/startup/run.sh)"
  RUNS=$((RUNS < 15 ? RUNS : 15)) "$BENCH/startup/run.sh" "$T/shim/hello" | tee "$T/startup.md"
  { echo; cat "$T/startup.md"; } >> "$T/results.md"
fi
# The same run as data for the site's performance page (commit bench/results/latest after a run worth showing).
RUNS=$RUNS INVOCATIONS=$INVOCATIONS JAVA_VERSION=$JAVA_VERSION \
  "$BENCH/results/write.sh" "$T" "$BENCH/functions/shim/target/bench-hello.zip" "$BENCH/results/latest"
echo
echo "== results: $T/results.md ($T/results.csv)"
cat "$T/results.md"
