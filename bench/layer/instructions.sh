#!/bin/sh
# Instructions the JVM executes in a cold start of bench.Hello, on the layer and bundled: a count that the machine's
# load does not move, where run.sh's CPU times on a shared machine move by more than the difference sought. Each
# start runs under valgrind's callgrind (all threads; the start takes ~15 s so) through the Runtime API emulator, one
# event, to the runtime's exit; the bootstrap scripts' own work is not counted (their exec starts a new count).
# Usage: bench/layer/instructions.sh   (after bench/layer/run.sh, which unpacks the zips under target/; root, unshare,
#        valgrind). Environment: ROUNDS (interleaved, default 5), UNPACKED (where bundled/, layered/ and opt/
#        are, default target/, as run.sh leaves them). Results: UNPACKED/instructions.md.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(dirname "$HERE")
T=${UNPACKED:-$HERE/target}
ROUNDS=${ROUNDS:-5}
EMULATOR=$(ls "$BENCH"/harness/target/lib/lambda-emulator-*.jar)
EV=$(ls "$BENCH/functions/events/hello"/*.json | head -n 1)
for dir in "$T/bundled" "$T/layered" "$T/opt"; do
  [ -d "$dir" ] || { echo "bench/layer/instructions.sh: no $dir: run bench/layer/run.sh first" >&2; exit 1; }
done
command -v valgrind >/dev/null || { echo "bench/layer/instructions.sh: needs valgrind (callgrind)" >&2; exit 1; }
rm -rf "$T/callgrind"
mkdir -p "$T/callgrind"
# One start: DIR CMD NAME KEY; appends "KEY instructions" to the counts.
start() {
  (cd "$1" && unshare --mount --propagation private sh -c 'mount --bind "$0" /opt && exec "$@"' "$T/opt" \
    java -cp "$EMULATOR" dev.lambdashim.emulator.FunctionRunner --timeout 600 --event "$EV" \
    --env "LAMBDA_TASK_ROOT=$1" --env AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 -- \
    valgrind --tool=callgrind --trace-children=yes --smc-check=all-non-file \
    --callgrind-out-file="$T/callgrind/$3.%p" $2) > "$T/callgrind/$3.log" 2>&1
  grep -q 'RESPONSE in' "$T/callgrind/$3.log" || { echo "bench/layer/instructions.sh: $3 gave no response" >&2; exit 1; }
  if grep -q 'starting without it' "$T/callgrind/$3.log"; then
    echo "bench/layer/instructions.sh: $3 started without its cache" >&2
    exit 1
  fi
  count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$T/callgrind/$3.log" | tail -n 1)
  [ -n "$count" ] || { echo "bench/layer/instructions.sh: $3: no count from callgrind" >&2; exit 1; }
  echo "$4 $count" >> "$T/callgrind/counts"
}
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
round=1
: > "$T/callgrind/counts"
while [ "$round" -le "$ROUNDS" ]; do
  start "$T/bundled" ./bootstrap "A$round" A
  start "$T/layered" /opt/bootstrap "L$round" L
  round=$((round + 1))
done
median() {
  awk -v k="$1" '$1 == k {print $2}' "$T/callgrind/counts" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
range() {
  awk -v k="$1" '$1 == k {print $2}' "$T/callgrind/counts" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.1f-%.1f", lo / 1e6, hi / 1e6}'
}
A=$(median A)
L=$(median L)
{
  echo "# Instructions in a cold start (valgrind callgrind, all the JVM's threads, $ROUNDS interleaved rounds), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "load average at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| contender | million instructions, median (min-max) | / bundled |"
  echo "|---|---|---|"
  echo "| bundled zip (own jre/), trained cache | $(awk -v a="$A" 'BEGIN {printf "%.1f", a / 1e6}') ($(range A)) | 1.00 |"
  echo "| zip on the layer, cache trained on the layer's runtime | $(awk -v l="$L" 'BEGIN {printf "%.1f", l / 1e6}') ($(range L)) | $(awk -v a="$A" -v l="$L" 'BEGIN {printf "%.3f", l / a}') |"
} > "$T/instructions.md"
cat "$T/instructions.md"
