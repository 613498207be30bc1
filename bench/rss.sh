#!/bin/sh
# Where a warm process's resident memory is: sums the Rss of /proc/PID/smaps copies (bench.Harness saves one per
# warm contender as bench/target/logs/<key>-<handler>.smaps) by what is mapped: anonymous memory (Java heap,
# metaspace, code, stacks, malloc), libjvm.so, the CDS archive / AOT cache, and the rest.
# Usage: bench/rss.sh FILE.smaps...      Prints a Markdown table, MiB.
set -eu
echo "| process | total | anonymous (heap, metaspace, code, ...) | libjvm.so | CDS archive / AOT cache | other files |"
echo "|---|---|---|---|---|---|"
for f in "$@"; do
  awk -v name="$(basename "$f" .smaps)" '
    /^[0-9a-f]+-[0-9a-f]+ / { path = (NF >= 6) ? $6 : ""; next }
    /^Rss:/ {
      if (path == "" || path ~ /^\[/) k = "anon"
      else if (path ~ /libjvm\.so$/) k = "jvm"
      else if (path ~ /\.(jsa|aot)$/) k = "cds"
      else k = "other"
      kb[k] += $2; total += $2
    }
    END { printf "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |\n", name, total / 1024, kb["anon"] / 1024, kb["jvm"] / 1024,
            kb["cds"] / 1024, kb["other"] / 1024 }' "$f"
done
