#!/bin/sh
# The HTTP clients alone, side by side: lambda-shim's RuntimeApiClient (one kept-alive socket), HttpURLConnection
# (buffered body, and fixed-length streaming) and java.net.http.HttpClient, each in a minimal runtime loop that
# answers every event with "Hello, World!", plus the raw-socket floor (bench.Floor). Measured by bench.Harness
# (../harness) against the project's Runtime API emulator: cold start (process start to first response, interleaved),
# warm round trip, RSS; then the classes each loads up to its first response (-Xlog:class+load, one extra cold run).
# Every contender runs on the same JDK (the host's `java`, or $JAVA_HOME) with the bootstrap's flags at 512 MB.
# Usage: bench/httpclient/run.sh [--quick]        (from anywhere; no Docker; ~5 min)
# Environment: RUNS (cold runs per contender, default 20), INVOCATIONS (warm, default 5000), MVN_ARGS (e.g. -o),
#              SKIP_BUILD=1 (reuse target/ from the previous run), JVM_FLAGS (default: the bootstrap's).
# Results: bench/httpclient/target/results.md (and the console).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
ROOT=$(dirname "$BENCH")
T="$HERE/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-20}
INVOCATIONS=${INVOCATIONS:-5000}
if [ "${1:-}" = "--quick" ]; then RUNS=5; INVOCATIONS=1000; fi
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=$(readlink -f "$(command -v java)"); fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-runtime (and what it needs), the harness and the client loops"
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-emulator,lambda-runtime)
  (cd "$BENCH/harness" && $MVN package)
  (cd "$HERE" && $MVN clean package)
  # A private copy of the harness: bench/run.sh may rebuild ../harness/target while this runs.
  mkdir -p "$T/harness"
  cp -r "$BENCH/harness/target/classes" "$BENCH/harness/target/lib" "$T/harness/"
fi

# The JVM flags of the bootstrap (lambda-maven-plugin/src/main/resources/dev/lambdashim/maven/packaging/bootstrap) for 512 MB.
. "$BENCH/jvm-flags.sh"
HCP="$T/harness/classes:$T/harness/lib/*"
# The same class path for every loop; only SocketLoop loads anything from lib (RuntimeApiClient, HttpResponse).
CP="$T/classes:$T/lib/lambda-runtime-0.1.0-SNAPSHOT.jar"
EV="$BENCH/functions/events"
EVENTS="--event hello=$EV/hello/hello.json --event apigw=$EV/apigw/apigateway-proxy.json"

# contender KEY LABEL MAIN-AND-ARGS [EXTRA-FIELDS] [EXTRA-JVM-FLAGS]: one --contender spec for bench.Harness.
# {key} in EXTRA-JVM-FLAGS becomes KEY (the harness itself replaces {handler}).
contender() {
  x=$(echo "${5:-}" | sed "s/{key}/$1/g")
  echo "key=$1;label=$2;dir=$T;cmd=$JAVA $JVM_FLAGS $x -cp $CP $3${4:+;$4}"
}
run_harness() { # EXTRA-JVM-FLAGS, then harness options
  extra=$1; shift
  "$JAVA" -cp "$HCP" bench.Harness $EVENTS --ratio-to C "$@" \
    --contender "$(contender C "lambda-shim RuntimeApiClient (socket)" dev.lambdashim.runtime.SocketLoop "" "$extra")" \
    --contender "$(contender U "HttpURLConnection, buffered body" bench.httpclient.UrlConnectionLoop "" "$extra")" \
    --contender "$(contender V "HttpURLConnection, fixed-length streaming" "bench.httpclient.UrlConnectionLoop --fixed-length" "" "$extra")" \
    --contender "$(contender H "java.net.http.HttpClient, HTTP/1.1" bench.httpclient.HttpClientLoop "" "$extra")" \
    --contender "$(contender T "java.net.http.HttpClient, HTTP/1.1, no default TLS context" "bench.httpclient.HttpClientLoop --no-default-tls" "" "$extra")" \
    --contender "$(contender F "floor: raw-socket main (bench.Floor)" bench.Floor "warm=false" "$extra" | sed "s|-cp $CP|-cp $T/harness/classes|")"
}

{
  echo "# The HTTP clients alone, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; $(free -g | awk '/Mem:/{print $2}') GB RAM; $(uname -sr); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- JDK: $("$JAVA" -version 2>&1 | sed -n 2p) ($JAVA), default CDS archive, for every contender"
  echo "- JVM flags (the bootstrap's at 512 MB): ${JVM_FLAGS:-none}"
  echo "- C = lambda-shim's RuntimeApiClient (the reference of the ratio column), U/V = HttpURLConnection buffered /"
  echo "  setFixedLengthStreamingMode, H = java.net.http.HttpClient, T = the same with an SSLContext that"
  echo "  reads no trust store instead of SSLContext.getDefault(), F = raw-socket floor (cold only)"
  echo
} > "$T/results.md"

echo "== harness (cold: $RUNS runs each, interleaved; warm: $INVOCATIONS invocations)"
run_harness "" --runs "$RUNS" --invocations "$INVOCATIONS" --logs "$T/logs" --out "$T/harness.md"
cat "$T/harness.md" >> "$T/results.md"

echo "== classes loaded up to the first response (one cold run each, -Xlog:class+load)"
rm -rf "$T/classes-log"
mkdir -p "$T/classes-log"
run_harness "-Xlog:class+load:file=$T/classes-log/{key}-{handler}.log" --runs 1 --discard 0 --skip-warm \
  --invocations 1000 --logs "$T/classes-log/out" > "$T/classes-log/harness.txt" 2>&1
{
  echo "## Classes loaded up to the first response (one cold run, -Xlog:class+load; the process is killed as soon"
  echo "as the emulator has the response)"
  echo
  echo "| handler | contender | classes loaded | from the CDS archive | parsed from jrt:/ or the class path |"
  echo "|---|---|---|---|---|"
  for h in hello apigw; do
    for k in C U V H T F; do
      f="$T/classes-log/$k-$h.log"
      total=$(grep -c ' source: ' "$f" || true)
      shared=$(grep -c 'source: shared objects file' "$f" || true)
      echo "| $h | $k | $total | $shared | $((total - shared)) |"
    done
  done
  echo
} >> "$T/results.md"
echo
echo "== results: $T/results.md"
cat "$T/results.md"
