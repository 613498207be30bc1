#!/bin/sh
# Response streaming, measured: the real runtime (a child process with the bootstrap's JVM flags at 512 MB) against
# the project's emulator. Time from a handler's flush() to the chunk's arrival (the handler stamps each chunk with
# CLOCK_MONOTONIC, which all processes share), time to first byte of a three-part page streamed and buffered, and the
# throughput of a 50 MiB stream. All warm; medians.
# Usage: bench/streaming/run.sh        (from anywhere; no Docker; ~1 min)
# Environment: ROUNDS (default 30), MVN_ARGS (e.g. -o), SKIP_BUILD=1, JVM_FLAGS (default: the bootstrap's).
# Results: bench/streaming/target/results.md (and the console).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
ROOT=$(dirname "$BENCH")
T="$HERE/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
ROUNDS=${ROUNDS:-30}
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=$(readlink -f "$(command -v java)"); fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-runtime, the emulator and the benchmark"
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-emulator,lambda-runtime)
  (cd "$BENCH/support" && $MVN install)
  (cd "$HERE" && $MVN clean package)
fi
. "$BENCH/jvm-flags.sh"
CP="$T/classes:$T/lib/*"
echo "== $("$JAVA" -version 2>&1 | head -n 1); JVM flags: $JVM_FLAGS; $ROUNDS rounds"
# shellcheck disable=SC2086
"$JAVA" -cp "$CP" bench.streaming.StreamingBench "$T/results.md" "$CP" "$ROUNDS" $JVM_FLAGS
