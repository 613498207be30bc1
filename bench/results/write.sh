#!/bin/sh
# Writes a bench/run.sh run as data, for the site's performance page (bench/results/PerformanceFigures.java):
# CSV files in OUT_DIR (bench/results/latest, committed after a real run):
#   run.csv   what was measured where: key,value
#   cold.csv  handler,key,label,min_ms,median_ms,max_ms           (results.csv's cold starts, no CPU limit)
#   warm.csv  handler,key,label,median_us,p99_us,rss_mib          (results.csv's warm runs and RSS)
#   rss.csv   process,total_mib,anonymous_mib,libjvm_mib,cds_mib,other_mib   (bench/rss.sh over the warm smaps)
#   zip.csv   entry,size,compressed                               (every entry of the hello-world zip)
# Usage: bench/results/write.sh BENCH_TARGET HELLO_ZIP OUT_DIR     (RUNS, INVOCATIONS, JAVA_VERSION as for run.sh)
# Fails, writing nothing, when results.csv holds no cold-start rows (a changed layout must be noticed here).
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

# Contenders' labels from harness.md's tables ("| A lambda-shim zip, trained cache | ..."); figures from the
# harness's results.csv (measure,event,contender,cpu,stat,value,unit), so no figure is parsed out of prose.
awk -F'|' "$q"'
  /^\| [A-Z][A-Z0-9]? [A-Za-z]/ { c = trim($2); key = c; sub(/ .*/, "", key); label = c; sub(/^[^ ]+ /, "", label)
                                if (!(key in seen)) { seen[key] = 1; print key "\t" label } }' "$T/harness.md" > "$TMP/labels.tsv"

# Cold starts without a CPU limit, on the events the caches were trained on (events named without a slash).
echo "handler,key,label,min_ms,median_ms,max_ms" > "$TMP/cold.csv"
awk -F',' "$q"'
  FNR == NR { split($0, p, "\t"); label[p[1]] = p[2]; next }
  $1 == "cold" && $4 == "unlimited" && $2 !~ /\// {
    k = $2 SUBSEP $3; if (!(k in order)) { order[k] = ++n; ev[n] = $2; ct[n] = $3 } v[k, $5] = $6 + 0 }
  END { for (i = 1; i <= n; i++) { k = ev[i] SUBSEP ct[i]
          printf "%s,%s,%s,%.1f,%.1f,%.1f\n", ev[i], ct[i], csv(label[ct[i]]), v[k, "min"], v[k, "median"], v[k, "max"] } }
' "$TMP/labels.tsv" "$T/results.csv" >> "$TMP/cold.csv"

echo "handler,key,label,median_us,p99_us,rss_mib" > "$TMP/warm.csv"
awk -F',' "$q"'
  FNR == NR { split($0, p, "\t"); label[p[1]] = p[2]; next }
  ($1 == "warm" || ($1 == "rss" && $5 == "after-all")) && $3 != "E" {
    k = $2 SUBSEP $3; if (!(k in order)) { order[k] = ++n; ev[n] = $2; ct[n] = $3 } v[k, $1 "-" $5] = $6 + 0 }
  END { for (i = 1; i <= n; i++) { k = ev[i] SUBSEP ct[i]
          printf "%s,%s,%s,%d,%d,%.1f\n", ev[i], ct[i], csv(label[ct[i]]), v[k, "warm-median"], v[k, "warm-p99"], v[k, "rss-after-all"] } }
' "$TMP/labels.tsv" "$T/results.csv" >> "$TMP/warm.csv"

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

[ "$(wc -l < "$TMP/cold.csv")" -gt 1 ] || { echo "write.sh: no cold-start rows in $T/results.csv" >&2; exit 1; }
[ "$(wc -l < "$TMP/zip.csv")" -gt 1 ] || { echo "write.sh: no entries listed in $ZIP" >&2; exit 1; }
mkdir -p "$OUT"
cp "$TMP"/*.csv "$OUT"/
echo "== data for the site's performance page: $OUT"
