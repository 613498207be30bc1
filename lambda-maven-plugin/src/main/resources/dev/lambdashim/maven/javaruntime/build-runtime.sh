#!/bin/sh
# lambda-shim's runtime build, run on the target JDK (in the build container, or on the host with
# -Dlambda.docker=false). In TASK_ROOT, the staged function (bootstrap, lambda-shim.args, lib/), it:
#   1. checks that the handler's classes load on this JDK (class-file versions);
#   2. jlinks a minimal Java runtime for the function into jre/ (jdeps picks the modules);
#   3. runs the packaged bootstrap once against the Runtime API emulator with the sample events and records the
#      start-up cache: lambda-shim.aot (JDK 25+ AOT cache) or lambda-shim.jsa (a static AppCDS archive, JDK 17/21).
#      It is the zip's only CDS archive: it holds the JDK classes the function uses too, so the JDK's default
#      archive (lib/server/classes.jsa, 3-4 MB of the zip) would never be mapped and is not generated.
# Inputs (environment): TASK_ROOT, HANDLER, EMULATOR_CP (classpath of the emulator), EVENTS_DIR (optional),
# ANALYSE (the jars under lib/ whose module needs count, space-separated), EPOCH (the zip entries' time, seconds
# since the epoch), JAVA_VERSION (the Java feature version asked for; another JDK exits with status 64),
# JAVA_HOME (the target JDK; else the java on PATH).
# A function on a lambda-shim layer (LAYER: where the layer is unpacked, /opt in the build container) gets no jre/:
# step 2 checks that the layer's runtime has every module the function needs (else exit status 65, naming them), and
# step 3 trains through the layer's bootstrap on the layer's Java, so the cache matches the runtime Lambda starts.
set -eu
: "${TASK_ROOT:?}" "${HANDLER:?}" "${EMULATOR_CP:?}" "${ANALYSE:?}" "${EPOCH:?}"
. "$(dirname "$0")/link-jre.sh"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
JAVA="$JAVA_HOME/bin/java"
cd "$TASK_ROOT"

SETTINGS=$("$JAVA" -XshowSettings:properties -version 2>&1)
FEATURE=$(printf '%s\n' "$SETTINGS" | sed -n 's/^ *java\.specification\.version = //p')
if [ -n "${JAVA_VERSION:-}" ] && [ "$FEATURE" != "$JAVA_VERSION" ]; then
  echo "lambda-shim: wrong JDK: Java $FEATURE, not Java $JAVA_VERSION" >&2
  exit 64
fi
echo "lambda-shim: target JDK $FEATURE ($("$JAVA" -version 2>&1 | head -n 1)) at $JAVA_HOME"
CP=$(sed -n 's/^-cp //p' lambda-shim.args)
BOOTSTRAP=./bootstrap
RUN_JAVA=jre/bin/java
if [ -n "${LAYER:-}" ]; then
  # The classpath the layer's bootstrap builds: the function's jars (lambda-shim.classpath's first line), then the
  # layer's jars it runs with (its second line; all the layer's when there is none).
  BOOTSTRAP="$LAYER/bootstrap"
  RUN_JAVA="$LAYER/lambda-shim/jre/bin/java"
  CP=$(sed -n 1p lambda-shim.classpath)
  LAYER_JARS=$(sed -n 2p lambda-shim.classpath)
  [ -n "$LAYER_JARS" ] || LAYER_JARS=$(cat "$LAYER/lambda-shim/classpath")
  for jar in $(echo "$LAYER_JARS" | tr ':' ' '); do
    CP="$CP:$LAYER/lambda-shim/$jar"
  done
fi

echo "lambda-shim: [1/3] checking that $HANDLER loads on Java $FEATURE"
"$JAVA" -cp "$CP" dev.lambdashim.runtime.HandlerCheck "$HANDLER"

if [ -n "${LAYER:-}" ]; then
  echo "lambda-shim: [2/3] checking the modules the function needs against the layer's Java runtime"
else
  echo "lambda-shim: [2/3] linking a Java runtime for the function"
fi
# jdeps finds the modules the function's own jars use, analysed as the JVM loads them here, on the class path
# (ModuleNeeds: a modular or multi-release jar, a library's missing optional dependencies). The lambda-shim runtime's
# jars are left out: they need only java.base and java.logging, and jdeps would count Jackson's optional java.desktop
# and java.sql support (50 MB). --no-recursive: ANALYSE already names every jar of the function, and following its
# references into the runtime's jars (a function with Jackson of its own) would count those optional modules all the
# same: AWT, 17 MB of modules. A failed analysis is never read as a module list: its exit status decides, and only
# that status (jdeps failed, not a crash of the JVM) falls back to java.se, with a warning that says why.
# java.logging carries java.util.logging and System.Logger; jdk.crypto.ec the elliptic curves that TLS to AWS
# endpoints needs on 17/21 (an empty module on newer JDKs).
status=0
MODULES=$("$JAVA" -cp "$CP" dev.lambdashim.runtime.ModuleNeeds "$FEATURE" "$CP" $ANALYSE) || status=$?
if [ "$status" -eq 3 ]; then
  MODULES=java.se
  echo "lambda-shim: WARNING: jdeps could not analyse the function's jars (above); linking java.se, every Java SE" \
    "module (a larger runtime), so that nothing the function may need is missing" >&2
elif [ "$status" -ne 0 ]; then
  echo "lambda-shim: the module analysis of the function's jars failed (status $status, above)" >&2
  exit 1
fi
MODULES="$MODULES,java.logging"
# No pipes where a status counts (sh has no pipefail): each command's output is taken whole, then read.
JDK_MODULES=$("$JAVA" --list-modules)
case "$JDK_MODULES" in
  *jdk.crypto.ec@*) MODULES="$MODULES,jdk.crypto.ec" ;;
esac
rm -rf jre lambda-shim.aot lambda-shim.jsa lambda-shim.classlist
if [ -n "${LAYER:-}" ]; then
  # The layer's runtime was linked when the layer was built: it must hold what the function needs.
  HAS=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$LAYER/lambda-shim/jre/release")
  MISSING=
  for module in $(echo "$MODULES" | tr ',' ' '); do
    case " $HAS " in *" $module "*) ;; *) MISSING="$MISSING${MISSING:+,}$module" ;; esac
  done
  if [ -n "$MISSING" ]; then
    echo "lambda-shim: the layer lacks modules the function needs: $MISSING (the layer has: $HAS)" >&2
    exit 65
  fi
  echo "lambda-shim: the function needs $MODULES, all in the layer's runtime"
  find . -exec touch -h -d "@$EPOCH" {} +
else
link_jre jre "$MODULES"
# Every file gets the time its zip entry will carry, so that Lambda's unzipped copy is the one the cache was
# recorded on (the JVM refuses a cache whose jars changed time).
find . -exec touch -h -d "@$EPOCH" {} +
echo "lambda-shim: modules $MODULES; runtime $(du -sk jre | cut -f1) KiB"
fi # (a function on a layer links no runtime of its own)

echo "lambda-shim: [3/3] training run to record the start-up cache"
if [ "$FEATURE" -ge 25 ]; then
  CACHE=lambda-shim.aot
  TRAIN="-XX:AOTCacheOutput=$CACHE"
else
  # The classes the training run loads (JDK, libraries, function, lambda proxies), dumped below as one static
  # archive: one mapping instead of the JDK's base archive plus a dynamic one on top (smaller zip and RSS, the same
  # cold start; README, Performance).
  CACHE=lambda-shim.jsa
  TRAIN="-XX:DumpLoadedClassList=lambda-shim.classlist"
fi
set --
if [ -n "${EVENTS_DIR:-}" ] && [ -d "$EVENTS_DIR" ]; then
  for event in "$EVENTS_DIR"/*.json; do
    [ -f "$event" ] && set -- "$@" --event "$event"
  done
fi
# The function in the training run sees the environment Lambda gives every function (its region, name, memory, log
# group), not this script's inputs: code that reads it at init, as an AWS SDK client its region, runs as on Lambda.
# No credentials: a call to AWS in a training event fails as an invocation error (at once with the SDK's
# environment-variable credentials provider, the one AWS advises for Lambda), and the training goes on.
set -- "$@" --env AWS_REGION=us-east-1 --env AWS_DEFAULT_REGION=us-east-1 \
  --env AWS_LAMBDA_FUNCTION_NAME=lambda-shim-training --env 'AWS_LAMBDA_FUNCTION_VERSION=$LATEST' \
  --env AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 --env AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/lambda-shim-training \
  --env 'AWS_LAMBDA_LOG_STREAM_NAME=training/[$LATEST]lambda-shim'
emulator_cp=$EMULATOR_CP
task_root=$TASK_ROOT
unset ANALYSE EMULATOR_CP EPOCH EVENTS_DIR HANDLER JAVA_VERSION LAYER TASK_ROOT
# The bootstrap itself, so the cache is recorded with exactly the flags Lambda will start the JVM with.
"$JAVA" -cp "$emulator_cp" dev.lambdashim.emulator.FunctionRunner "$@" --env "JAVA_TOOL_OPTIONS=$TRAIN" \
  --env "LAMBDA_TASK_ROOT=$task_root" -- "$BOOTSTRAP"
if [ -f lambda-shim.classlist ]; then
  # Dumped by the packaged runtime with the bootstrap's classpath, as the JVM will find them on Lambda.
  "$RUN_JAVA" -Xshare:dump -XX:SharedClassListFile=lambda-shim.classlist -XX:SharedArchiveFile="$CACHE" \
    -Xlog:cds=off -Xlog:cds+map=off -cp "$CP" >/dev/null
  rm -f lambda-shim.classlist
fi
if [ ! -s "$CACHE" ]; then
  echo "lambda-shim: the training run wrote no $CACHE" >&2
  exit 1
fi
echo "lambda-shim: start-up cache $CACHE, $(du -k "$CACHE" | cut -f1) KiB"
