#!/bin/sh
# Who the classes loaded up to the first response belong to, per contender: the JDK, the runtime (lambda-shim's or
# AWS's client with AWS's handler API and serialization library, whose own Jackson is shaded), Jackson, the AWS SDK and its HTTP client, the function, classes spun at run time (lambda proxies,
# hidden classes). Reads the -Xlog:class+load logs that bench/run.sh's "classes loaded" step leaves in
# bench/target/classes (one cold start per contender and event), so it costs no run of its own.
# Usage: bench/classes-by-owner.sh [EVENT_KIND] [DIR]   (default: orders, bench/target/classes)
# Output: a markdown table; each cell is "classes (from the start-up cache)".
set -eu
KIND=${1:-orders}
DIR=${2:-$(cd "$(dirname "$0")" && pwd)/target/classes}
set -- "$DIR"/*-"$KIND".txt
[ -f "$1" ] || { echo "no class+load logs for '$KIND' in $DIR: run bench/run.sh first" >&2; exit 1; }
OWNERS="JDK lambda-shim AWS-client Jackson AWS-SDK HTTP-client function spun other"
printf '| contender |'; for o in $OWNERS; do printf ' %s |' "$o"; done; printf ' all |\n|---|'
for o in $OWNERS; do printf -- '---|'; done; printf -- '---|\n'
for log in "$@"; do
  contender=$(basename "$log" "-$KIND.txt")
  awk -v name="$contender" -v owners="$OWNERS" '
    / source: / {
      cls = $0; sub(/.*\] /, "", cls); sub(/ source: .*/, "", cls)
      cached = index($0, "source: shared objects file") > 0
      if (cls ~ /\$\$Lambda|\/0x[0-9a-f]+$|^java\.lang\.invoke\.LambdaForm\$/) o = "spun"
      else if (cls ~ /^(java|javax|jdk|sun|com\.sun)\./) o = "JDK"
      else if (cls ~ /^dev\.lambdashim\./) o = "lambda-shim"
      else if (cls ~ /^(com\.amazonaws\.services\.lambda|com\.amazonaws\.lambda\.thirdparty|lambdainternal)\./) o = "AWS-client"
      else if (cls ~ /^com\.fasterxml\./) o = "Jackson"
      else if (cls ~ /^software\.amazon\.awssdk\.http\.(urlconnection|apache|nio|crt)\./ || cls ~ /^(org\.apache\.http|io\.netty|org\.apache\.commons\.logging)\./) o = "HTTP-client"
      else if (cls ~ /^software\.amazon\.(awssdk|eventstream)\./ || cls ~ /^org\.reactivestreams\./) o = "AWS-SDK"
      else if (cls ~ /^bench\./) o = "function"
      else o = "other"
      n[o]++; if (cached) c[o]++; total++; if (cached) ctotal++
    }
    END {
      printf "| %s |", name
      split(owners, list, " ")
      for (i = 1; i <= length(list); i++) printf " %d (%d) |", n[list[i]], c[list[i]]
      printf " %d (%d) |\n", total, ctotal
    }' "$log"
done
