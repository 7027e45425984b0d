#!/usr/bin/env bash
# Runs each libFuzzer target for RUNS inputs (default 1,000,000), seeded from the conformance
# corpus and the test fixtures, and prints the executed-input counts and any crash files.
# Usage: Fuzz/run.sh [RUNS] [feed|page|date ...]
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true
TARGETS=${*:-feed page date}
OUT=Fuzz/.build
[ -x "$OUT/fuzz-feed" ] || Fuzz/build.sh >/dev/null 2>&1
CORPUS=../shared/conformance/feeds/cases
mkdir -p "$OUT/seeds-feed" "$OUT/seeds-page" "$OUT/seeds-date" "$OUT/crashes"
if [ -d "$CORPUS" ]; then
  find "$CORPUS" -type f \( -name '*.xml' -o -name '*.rdf' -o -name '*.json' \) ! -name '*.expected.json' -size -64k \
    -exec cp {} "$OUT/seeds-feed/" \;
fi
cp Tests/PantauParseTests/Fixtures/demo/*.xml Tests/PantauParseTests/Fixtures/demo/*.json "$OUT/seeds-feed/" 2>/dev/null
cp Tests/PantauParseTests/Fixtures/demo/*.html "$OUT/seeds-page/" 2>/dev/null
cp Fuzz/seeds/date/* "$OUT/seeds-date/"
DEFAULT_MAXLEN=${MAXLEN:-4096}
for t in $TARGETS; do
  case $t in date) MAXLEN=256 ;; *) MAXLEN=$DEFAULT_MAXLEN ;; esac
  LOG="$OUT/fuzz-$t.log"
  mkdir -p "$OUT/work-$t"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$OUT/fuzz-$t" -runs="$RUNS" -max_len=$MAXLEN -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$OUT/crashes/$t-" "$OUT/work-$t" "$OUT/seeds-$t" >"$LOG" 2>&1
  rc=$?
  runs=$(grep -E '^stat::number_of_executed_units' "$LOG" | awk '{print $2}')
  echo "$t: exit $rc, executed ${runs:-?} inputs, $(grep -c -E 'ERROR: (AddressSanitizer|libFuzzer)' "$LOG") crash reports (log $LOG)"
done
ls "$OUT/crashes" 2>/dev/null | sed 's/^/crash file: /'
