#!/bin/sh
# Writes a bench/run.sh run as data, for the site's performance page (bench/results/PerformanceFigures.java):
# CSV files in OUT_DIR (bench/results/latest, committed after a real run):
#   run.csv   what was measured where: key,value
#   cold.csv  handler,key,label,min_ms,median_ms,max_ms           (harness.md's cold-start tables)
#   warm.csv  handler,key,label,median_us,p99_us,rss_mib          (harness.md's warm table)
#   rss.csv   process,total_mib,anonymous_mib,libjvm_mib,cds_mib,other_mib   (bench/rss.sh over the warm smaps)
#   zip.csv   entry,size,compressed                               (every entry of the hello-world zip)
# Usage: bench/results/write.sh BENCH_TARGET HELLO_ZIP OUT_DIR     (RUNS, INVOCATIONS, JAVA_VERSION as for run.sh)
# Fails, writing nothing, when harness.md holds no cold-start rows (a changed table layout must be noticed here).
set -eu
T=$1
ZIP=$2
OUT=$3
BENCH=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Quote a label for CSV (labels hold commas).
q='function csv(s) { gsub(/"/, "\"\"", s); return "\"" s "\"" }
   function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }'

echo "handler,key,label,min_ms,median_ms,max_ms" > "$TMP/cold.csv"
awk -F'|' "$q"'
  /^## / { cold = ($0 ~ /^## Cold start/) }
  cold && /^### / { handler = $0; sub(/^### /, "", handler); sub(/ .*/, "", handler) }
  cold && /^\| [A-Za-z0-9]+ / && $3 ~ /[0-9]/ {
    c = trim($2); key = c; sub(/ .*/, "", key); label = c; sub(/^[^ ]+ /, "", label)
    printf "%s,%s,%s,%s,%s,%s\n", handler, key, csv(label), trim($3), trim($4), trim($5)
  }' "$T/harness.md" >> "$TMP/cold.csv"

echo "handler,key,label,median_us,p99_us,rss_mib" > "$TMP/warm.csv"
awk -F'|' "$q"'
  /^## / { warm = ($0 ~ /^## Warm/) }
  warm && /^\| [a-z]/ && $4 ~ /[0-9]/ {
    c = trim($3); key = c; sub(/ .*/, "", key); label = c; sub(/^[^ ]+ /, "", label)
    printf "%s,%s,%s,%s,%s,%s\n", trim($2), key, csv(label), trim($4), trim($5), trim($8)
  }' "$T/harness.md" >> "$TMP/warm.csv"

echo "process,total_mib,anonymous_mib,libjvm_mib,cds_mib,other_mib" > "$TMP/rss.csv"
"$BENCH/rss.sh" "$T"/logs/*.smaps | awk -F'|' '$3 ~ /^ *[0-9]/ {
    for (i = 2; i <= 7; i++) { gsub(/ /, "", $i) } print $2 "," $3 "," $4 "," $5 "," $6 "," $7 }' >> "$TMP/rss.csv"

echo "entry,size,compressed" > "$TMP/zip.csv"
unzip -lv "$ZIP" | awk '$2 == "Defl:N" || $2 == "Stored" { print $8 "," $1 "," $3 }' >> "$TMP/zip.csv"

{
  echo "key,value"
  echo "date,$(date -u -r "$T/harness.md" +%Y-%m-%dT%H:%MZ)"
  echo "cpu,\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB\""
  echo "kernel,$(uname -sr)"
  echo "jdk,\"$("$T/jdk/bin/java" -version 2>&1 | sed -n 2p)\""
  echo "java_version,${JAVA_VERSION:-25}"
  echo "cold_runs,${RUNS:-20}"
  echo "warm_invocations,${INVOCATIONS:-5000}"
  echo "zip_bytes,$(stat -c %s "$ZIP")"
} > "$TMP/run.csv"

[ "$(wc -l < "$TMP/cold.csv")" -gt 1 ] || { echo "write.sh: no cold-start rows in $T/harness.md" >&2; exit 1; }
[ "$(wc -l < "$TMP/zip.csv")" -gt 1 ] || { echo "write.sh: no entries listed in $ZIP" >&2; exit 1; }
mkdir -p "$OUT"
cp "$TMP"/*.csv "$OUT"/
echo "== data for the site's performance page: $OUT"
