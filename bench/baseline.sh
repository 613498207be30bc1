#!/bin/sh
# Builds the benchmark's lambda-shim zips and JMH jar from another commit, for a before/after comparison in one run of
# bench/run.sh (BASELINE=bench/target/baseline bench/run.sh). The commit is checked out in a detached worktree and
# built with a Maven repository of its own, so its SNAPSHOT artifacts never mix with this work tree's.
# Usage: bench/baseline.sh COMMIT     (needs Docker with lambda-shim/build-jdk:$JAVA_VERSION; ~5 min)
# Environment: JAVA_VERSION (17 or 25, default 25), MVN_ARGS.
# Results: bench/target/baseline/{bench-hello.zip,bench-apigw.zip,benchmarks.jar,commit}.
set -eu
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
COMMIT=${1:?usage: bench/baseline.sh COMMIT}
JAVA_VERSION=${JAVA_VERSION:-25}
IMAGE=lambda-shim/build-jdk:$JAVA_VERSION
OUT="$BENCH/target/baseline"
SRC="$BENCH/target/baseline-src"
REPO="$BENCH/target/baseline-m2"
MVN="./mvnw -q -B ${MVN_ARGS:-} -Dmaven.repo.local=$REPO"

rm -rf "$OUT" && mkdir -p "$OUT"
git -C "$ROOT" worktree remove --force "$SRC" 2>/dev/null || rm -rf "$SRC"
git -C "$ROOT" worktree add --detach "$SRC" "$COMMIT" >/dev/null
# Seed the private repository with what this machine already downloaded, less lambda-shim's own artifacts.
if [ ! -d "$REPO" ] && [ -d "$HOME/.m2/repository" ]; then
  cp -r "$HOME/.m2/repository" "$REPO" && rm -rf "$REPO/dev/lambdashim"
fi
cd "$SRC"
$MVN install -DskipTests -am -pl lambda-core,lambda-emulator,lambda-runtime,lambda-maven-plugin
(cd bench/functions/shim && ../../../$MVN clean package -Dlambda.image=$IMAGE -Dlambda.javaVersion=$JAVA_VERSION)
(cd bench/overhead && ../../$MVN clean package)
cp bench/functions/shim/target/bench-hello.zip bench/functions/shim/target/bench-apigw.zip \
  bench/overhead/target/benchmarks.jar "$OUT/"
git rev-parse --short HEAD > "$OUT/commit"
cd "$ROOT" && git worktree remove --force "$SRC"
echo "== baseline $(cat "$OUT/commit"): $OUT"
