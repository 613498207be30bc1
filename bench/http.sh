#!/bin/sh
# The HTTP adapter's cost: the http-api example's HttpHandler (com.example.Api, compiled from examples/http-api
# itself) against the same routes as a plain Handler<HttpApiRequest, HttpApiResponse> on lambda-events
# (bench.HttpApiTyped), on the same HTTP API event (GET /hello?name=Lambda), side by side through bench.Harness:
# cold start (process start to the response at the Runtime API, interleaved H T H T ...) and warm round trip.
# Both are zips packaged by the lambda-maven-plugin, each with its jlinked runtime and start-up cache trained on
# that event, run unpacked on this machine through their own bootstrap.
# Usage: bench/http.sh      (needs Docker with lambda-shim/build-jdk:$JAVA_VERSION, as bench/run.sh; ~5 min)
# Environment: JAVA_VERSION (default 25), RUNS (cold runs per contender, default 20), INVOCATIONS (warm, default
#              5000), MVN_ARGS, SKIP_BUILD=1 (reuse bench/target/http).
# Results: bench/target/http/results.md (and the console).
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
T="$BENCH/target/http"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-20}
INVOCATIONS=${INVOCATIONS:-5000}
JAVA_VERSION=${JAVA_VERSION:-25}
IMAGE=lambda-shim/build-jdk:$JAVA_VERSION
mkdir -p "$T"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-shim, the two HTTP functions (zips through Docker) and the harness"
  (cd "$ROOT" && $MVN install -DskipTests -pl lambda-core,lambda-events,lambda-emulator,lambda-runtime,lambda-maven-plugin -am)
  (cd "$BENCH/functions/shim" && $MVN clean package -Dlambda.image=$IMAGE -Dlambda.javaVersion=$JAVA_VERSION)
  (cd "$BENCH/harness" && $MVN clean package)
  for f in httphandler httptyped; do
    rm -rf "$T/$f"
    unzip -q "$BENCH/functions/shim/target/bench-$f.zip" -d "$T/$f"
  done
fi

HCP="$BENCH/harness/target/classes:$BENCH/harness/target/lib/*"
{
  echo "# HttpHandler vs typed Handler on an HTTP API event, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Java $JAVA_VERSION (the zips' jlinked runtime); zips: HttpHandler $(stat -c %s "$BENCH/functions/shim/target/bench-httphandler.zip") bytes, typed $(stat -c %s "$BENCH/functions/shim/target/bench-httptyped.zip") bytes"
  echo
} > "$T/results.md"

# _HANDLER names each contender's class (the harness's default for the event key names both). Cold runs interleave
# H T H T ...; the warm runs go H T T2 H2 (each process measured twice, in ABBA order), since the harness runs one
# warm process after the other and the machine's load drifts.
H="label=HttpHandler (com.example.Api) zip, trained cache;dir=$T/httphandler;cmd=./bootstrap;env._HANDLER=com.example.Api"
TY="label=Handler<HttpApiRequest, HttpApiResponse> (bench.HttpApiTyped) zip, trained cache;dir=$T/httptyped;cmd=./bootstrap;env._HANDLER=bench.HttpApiTyped"
java -cp "$HCP" bench.Harness --runs "$RUNS" --invocations "$INVOCATIONS" --logs "$T/logs" --out "$T/harness.md" --ratio-to T \
  --event "httpapi=$BENCH/functions/events/httpapi/http-api-hello.json" \
  --contender "key=H;$H" --contender "key=T;$TY" \
  --contender "key=T2;cold=false;$TY" --contender "key=H2;cold=false;$H"
cat "$T/harness.md" >> "$T/results.md"
echo
echo "== results: $T/results.md"
cat "$T/results.md"
