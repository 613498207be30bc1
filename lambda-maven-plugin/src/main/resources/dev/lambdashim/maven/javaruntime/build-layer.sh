#!/bin/sh
# lambda-shim's layer build, run on the target JDK (in the build container, or on the host with
# -Dlambda.docker=false). In TASK_ROOT/opt, the staged layer (bootstrap, lambda-shim/lib/, lambda-shim/classpath),
# it links the Java runtime that every function on the layer runs on into opt/lambda-shim/jre. Its modules: the
# ones configured (MODULES), those the jars in ANALYSE use (the functions the layer is for, analysed by jdeps), and
# what lambda-shim's runtime needs (java.base, java.logging; jdk.crypto.ec, for TLS to AWS, where the JDK has it).
# The runtime is linked as a function's own jre/ is (link_jre of link-jre.sh, beside this script): no debug info, no
# symbol tables, no headers or man pages, plain files; every file stamped with EPOCH. No start-up cache: each
# function records its own on this runtime when it is packaged against the layer.
# Inputs (environment): TASK_ROOT, EPOCH (seconds since the epoch), MODULES (comma-separated, may be empty),
# ANALYSE (jars to analyse, space-separated paths relative to TASK_ROOT, may be empty), ANALYSE_CP (their
# classpath), JAVA_VERSION (the Java feature version asked for; another JDK exits with status 64), JAVA_HOME.
set -eu
: "${TASK_ROOT:?}" "${EPOCH:?}"
. "$(dirname "$0")/link-jre.sh"
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
JAVA="$JAVA_HOME/bin/java"
cd "$TASK_ROOT"

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ -n "${JAVA_VERSION:-}" ] && [ "$FEATURE" != "$JAVA_VERSION" ]; then
  echo "lambda-shim: wrong JDK: Java $FEATURE, not Java $JAVA_VERSION" >&2
  exit 64
fi
echo "lambda-shim: target JDK $FEATURE ($("$JAVA" -version 2>&1 | head -n 1)) at $JAVA_HOME"

LINK="java.base,java.logging${MODULES:+,$MODULES}"
if [ -n "${ANALYSE:-}" ]; then
  echo "lambda-shim: [1/2] the modules the layer's functions use"
  # Each jar on its own (--no-recursive), as for a function's own runtime: a library's optional references into
  # another jar do not pull in modules nobody uses.
  if FOUND=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --no-recursive \
      --multi-release "$FEATURE" --class-path "${ANALYSE_CP:-}" $ANALYSE | tail -n 1) && [ -n "$FOUND" ]; then
    echo "lambda-shim: the functions use $FOUND"
    LINK="$LINK,$FOUND"
  else
    echo "lambda-shim: jdeps could not analyse the functions' jars" >&2
    exit 1
  fi
fi
if "$JAVA" --list-modules | grep -q '^jdk\.crypto\.ec@'; then
  LINK="$LINK,jdk.crypto.ec"
fi
echo "lambda-shim: [2/2] linking the layer's Java runtime"
JRE=opt/lambda-shim/jre
rm -rf "$JRE"
link_jre "$JRE" "$LINK"
find opt -exec touch -h -d "@$EPOCH" {} +
echo "lambda-shim: layer runtime $(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$JRE/release"); $(du -sk "$JRE" | cut -f1) KiB"
