#!/bin/sh
# Cold start of a function on a lambda-shim layer (at /opt, as on Lambda) against the same function bundled (bench.Hello, Java 25 through
# the Docker build, each with the start-up cache the plugin records), interleaved in one run of the harness, without
# a CPU limit and at Lambda's share for 512 MB (0.29 of a vCPU); the layered function's cache shown mapped
# (-Xlog:class+load, one start each); the zips' sizes.
# Usage: bench/layer/run.sh   (needs Docker with lambda-shim/build-jdk:25; root with a writable cgroup cpu controller)
# Environment: RUNS (cold rounds, default 11), DISCARD (default 1), MVN_ARGS, SKIP_BUILD=1 (reuse bench/layer/target).
# Results: bench/layer/target/results.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
ROOT=$(dirname "$BENCH")
T="$HERE/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
RUNS=${RUNS:-11}
DISCARD=${DISCARD:-1}
IMAGE=lambda-shim/build-jdk:25
HCP="$BENCH/harness/target/classes:$BENCH/harness/target/lib/*"
mkdir -p "$T"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-events,lambda-emulator,lambda-runtime,lambda-maven-plugin)
  (cd "$HERE" && $MVN clean package -Dlambda.image=$IMAGE -Dlambda.javaVersion=25)
  (cd "$BENCH/harness" && $MVN package)
fi
LAYER_ZIP="$HERE/layer/target/lambda-shim-java25-x86_64.zip"
rm -rf "$T/bundled" "$T/layered" "$T/opt" "$T/logs"
mkdir -p "$T/logs"
unzip -q "$HERE/function/target/hello-bundled.zip" -d "$T/bundled"
unzip -q "$HERE/function/target/hello-layered.zip" -d "$T/layered"
unzip -q "$LAYER_ZIP" -d "$T/opt"
chmod 755 "$T/bundled/bootstrap" "$T/opt/bootstrap"
EV=$(ls "$BENCH/functions/events/hello"/*.json | head -n 1)
set -- --event "hello=$EV" \
  --contender "key=A;warm=false;label=bundled zip (own jre/), trained cache;dir=$T/bundled;cmd=./bootstrap" \
  --contender "key=L;warm=false;label=zip on the layer, cache trained on the layer's runtime;dir=$T/layered;cmd=/opt/bootstrap"
# The layer where Lambda puts it, /opt, where its cache was recorded (elsewhere the JVM first looks for the recorded
# paths, and loads a few classes outside the cache): bind-mounted in a mount namespace of the harness's own, so that
# the machine's /opt is left as it is. Needs root (unshare).
at_opt() {
  unshare --mount --propagation private sh -c 'mount --bind "$0" /opt && exec "$@"' "$T/opt" "$@"
}
if ! at_opt true; then
  echo "bench/layer/run.sh: cannot mount the layer at /opt in a namespace of its own (unshare --mount needs root)" >&2
  exit 1
fi
{
  echo "# lambda-shim on a layer against bundled, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- zips (bytes): bundled $(stat -c %s "$HERE/function/target/hello-bundled.zip"); layered $(stat -c %s "$HERE/function/target/hello-layered.zip"), its cache $(unzip -lv "$HERE/function/target/hello-layered.zip" | awk '$8 ~ /lambda-shim\.(aot|jsa)$/ {print $3 " compressed, " $1 " unzipped"}'); layer $(stat -c %s "$LAYER_ZIP")"
  echo
} > "$T/results.md"
at_opt java -cp "$HCP" bench.Harness --memory 512 --runs "$RUNS" --discard "$DISCARD" --skip-warm --cpus 0,0.29 \
  --ratio-to A --logs "$T/logs" --out "$T/harness.md" --csv "$T/results.csv" "$@"
cat "$T/harness.md" >> "$T/results.md"
# The layered function's classes come from its cache: one start with -Xlog:class+load.
at_opt java -cp "$HCP" bench.Harness --memory 512 --classes "$T/classes" --logs "$T/logs" --csv "$T/classes.csv" "$@" > "$T/classes.md"
{
  echo
  cat "$T/classes.md"
  echo
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$T/results.md"
cat "$T/results.md"
