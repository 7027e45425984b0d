#!/usr/bin/env bash
# Runs each libFuzzer target for RUNS inputs (default 1,000,000), seeded from Fuzz/seeds/<target>,
# the conformance corpus and the test fixtures, and prints per target the inputs executed and the
# crashes found, then the totals. Exit status 1 when any target crashed.
# Usage: Fuzz/run.sh [RUNS] [feed|page|date|numbers|durations|jsonld|jsonfeed|csv ...]
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true
TARGETS=${*:-feed page date numbers durations jsonld jsonfeed csv}
OUT=Fuzz/.build
for t in $TARGETS; do [ -x "$OUT/fuzz-$t" ] || { Fuzz/build.sh >/dev/null 2>&1; break; }; done
CORPUS=../shared/conformance/feeds/cases
mkdir -p "$OUT/crashes"
for t in $TARGETS; do mkdir -p "$OUT/seeds-$t"; done
if [ -d "$CORPUS" ]; then
  find "$CORPUS" -type f \( -name '*.xml' -o -name '*.rdf' -o -name '*.json' \) ! -name '*.expected.json' -size -64k \
    -exec cp {} "$OUT/seeds-feed/" \; 2>/dev/null
fi
cp Tests/PantauParseTests/Fixtures/demo/*.xml Tests/PantauParseTests/Fixtures/demo/*.json "$OUT/seeds-feed/" 2>/dev/null
cp Tests/PantauParseTests/Fixtures/demo/*.html "$OUT/seeds-page/" 2>/dev/null
cp Tests/PantauParseTests/Fixtures/demo/*.json "$OUT/seeds-jsonfeed/" 2>/dev/null
for t in $TARGETS; do [ -d "Fuzz/seeds/$t" ] && cp Fuzz/seeds/"$t"/* "$OUT/seeds-$t/"; done
DEFAULT_MAXLEN=${MAXLEN:-4096}
total=0
crashed=0
for t in $TARGETS; do
  case $t in date|numbers|durations) MAXLEN=256 ;; *) MAXLEN=$DEFAULT_MAXLEN ;; esac
  LOG="$OUT/fuzz-$t.log"
  mkdir -p "$OUT/work-$t"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$OUT/fuzz-$t" -runs="$RUNS" -max_len=$MAXLEN -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$OUT/crashes/$t-" "$OUT/work-$t" "$OUT/seeds-$t" >"$LOG" 2>&1
  rc=$?
  runs=$(grep -E '^stat::number_of_executed_units' "$LOG" | awk '{print $2}')
  crashes=$(grep -c -E 'ERROR: (AddressSanitizer|libFuzzer)|Fatal error|deadly signal' "$LOG")
  echo "$t: exit $rc, executed ${runs:-?} inputs, $crashes crashes (log $LOG)"
  total=$((total + ${runs:-0}))
  [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ] && crashed=$((crashed + 1))
done
echo "total: $total inputs, $crashed target(s) with crashes"
ls "$OUT/crashes" 2>/dev/null | sed 's/^/crash file: /'
[ "$crashed" -eq 0 ]
