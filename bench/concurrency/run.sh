#!/bin/sh
# Several invocations at once, measured: the real runtime (a child process with the bootstrap's JVM flags at 512 MB)
# against the project's emulator with AWS_LAMBDA_MAX_CONCURRENCY=N, a handler that waits 100 ms on I/O (an HTTP GET
# the driver answers after 100 ms). Throughput for each N, all invocations queued at once, after a warm-up.
# Usage: bench/concurrency/run.sh      (from anywhere; no Docker; ~1 min per JDK)
# Environment: INVOCATIONS (default 160), CONCURRENCY (default 1,8,32), JAVA_HOME (the JDK the runtime runs on),
#   MVN_ARGS, SKIP_BUILD=1, JVM_FLAGS (default: the bootstrap's).
# Results: bench/concurrency/target/results.md (and the console).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
ROOT=$(dirname "$BENCH")
T="$HERE/target"
MVN="$ROOT/mvnw -q -B ${MVN_ARGS:-}"
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=$(readlink -f "$(command -v java)"); fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building lambda-runtime, the emulator and the benchmark"
  (cd "$ROOT" && $MVN install -DskipTests -am -pl lambda-core,lambda-emulator,lambda-runtime)
  (cd "$BENCH/support" && $MVN install)
  (cd "$HERE" && $MVN clean package)
fi
. "$BENCH/jvm-flags.sh"
CP="$T/classes:$T/lib/*"
echo "== $("$JAVA" -version 2>&1 | head -n 1); JVM flags: $JVM_FLAGS"
# shellcheck disable=SC2086
"$JAVA" -cp "$CP" bench.concurrency.ConcurrencyBench "$T/results.md" "$CP" "${INVOCATIONS:-160}" \
  "${CONCURRENCY:-1,8,32}" $JVM_FLAGS
