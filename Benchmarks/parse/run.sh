#!/usr/bin/env bash
# Parse throughput: Pantau (DocumentParser, release build) vs Python feedparser 6.0.14 vs a raw
# libxml2 streaming pass (`xmllint --stream --noout`), in one run, on the XML files of the
# conformance corpus and on a generated 16 MB+ RSS feed. Prints MB/s and the ratios.
# Then whole processes on the 16 MB feed: `pantau parse --json`, `pantau-dev conformance` and the default
# table (output to /dev/null), beside feedparser-rs (Python, full result) and `xmllint --stream`.
# Throughput is per CPU second (user+sys of the work), because the build machine is shared and
# wall-clock time there mostly measures the other jobs; wall-clock MB/s is printed alongside.
# Usage: Benchmarks/parse/run.sh [MIN_SECONDS_PER_MEASUREMENT]
set -euo pipefail
cd "$(dirname "$0")/../.."
MIN=${1:-3}
SCRATCH=.build-bench
mkdir -p "$SCRATCH"
CORPUS=../shared/conformance/feeds/cases

command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils >/dev/null; }
if [ ! -x "$SCRATCH/venv/bin/python" ]; then python3 -m venv "$SCRATCH/venv"; fi
"$SCRATCH/venv/bin/python" -c 'import feedparser, sys; sys.exit(feedparser.__version__ != "6.0.14")' 2>/dev/null \
  || "$SCRATCH/venv/bin/pip" install -q feedparser==6.0.14
"$SCRATCH/venv/bin/python" -c 'import feedparser_rs' 2>/dev/null || "$SCRATCH/venv/bin/pip" install -q feedparser-rs==0.7.1
swift build -c release --product pantau-parse-bench --scratch-path "$SCRATCH" >/dev/null
swift build -c release --product pantau --scratch-path "$SCRATCH" >/dev/null
swift build -c release --product pantau-dev --scratch-path "$SCRATCH" >/dev/null
BIN=$(swift build -c release --product pantau-parse-bench --scratch-path "$SCRATCH" --show-bin-path)
BENCH=$BIN/pantau-parse-bench
PANTAU=$BIN/pantau
PANTAU_DEV=$BIN/pantau-dev

BIG="$SCRATCH/feed-16mb.xml"
[ -f "$BIG" ] || "$SCRATCH/venv/bin/python" Benchmarks/parse/gen_feed.py "$BIG" 16.5 >/dev/null

# xmllint: CPU time (user+sys) of one process, best of 5; the file list is repeated until it
# holds 60 MB so that the 10 ms resolution of time(1) does not matter. Includes reading the files.
xmllint_mbps() {
  local bytes reps best=999999 t list=() out
  bytes=$(cat "$@" | wc -c)
  reps=$(( 60000000 / bytes + 1 ))
  for _ in $(seq "$reps"); do list+=("$@"); done
  out=$(mktemp)
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%U %S" -o "$out" xmllint --stream --noout "${list[@]}" >/dev/null 2>&1 || true
    t=$(tail -1 "$out" | awk '{print $1 + $2}')
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b ? a : b) }')
  done
  rm -f "$out"
  awk -v b="$bytes" -v r="$reps" -v s="$best" -v n="$#" 'BEGIN { if (s < 0.01) s = 0.01; printf "xmllint --stream files=%d bytes=%d rounds=%d cpu_seconds=%.3f MB/s=%.1f\n", n, b, r, s, b*r/1e6/s }'
}

mbps() { sed -n 's/.* MB\/s=\([0-9.]*\).*/\1/p'; }

measure() {
  local label=$1; shift
  local p f x
  p=$("$BENCH" --min-seconds "$MIN" "$@")
  f=$("$SCRATCH/venv/bin/python" Benchmarks/parse/feedparser_bench.py "$MIN" "$@")
  x=$(xmllint_mbps "$@")
  echo "== $label"
  echo "  $p"; echo "  $f"; echo "  $x"
  local pm fm xm
  pm=$(echo "$p" | mbps); fm=$(echo "$f" | mbps); xm=$(echo "$x" | mbps)
  awk -v p="$pm" -v f="$fm" -v x="$xm" 'BEGIN {
    printf "  per CPU second: Pantau %.1f MB/s | feedparser %.2f MB/s | xmllint --stream %.1f MB/s\n", p, f, x
    printf "  Pantau / feedparser = %.1fx (target >= 50x) | Pantau / xmllint = %.2fx (target >= 0.5x)\n", p/f, p/x }'
}

mapfile -t XMLFILES < <(find "$CORPUS" -type f \( -name '*.xml' -o -name '*.rdf' \) | sort)
measure "conformance corpus (${#XMLFILES[@]} XML files)" "${XMLFILES[@]}"
measure "generated feed ($(du -h "$BIG" | cut -f1))" "$BIG"

# Whole processes on the 16 MB feed: best of 7 by CPU seconds (user+sys), wall time beside it.
# Each includes starting the process and reading the file; output goes to /dev/null.
whole() {
  local label=$1; shift
  local bytes best=999999 bestwall=999999 t w out
  bytes=$(wc -c < "$BIG")
  out=$(mktemp)
  for _ in 1 2 3 4 5 6 7; do
    /usr/bin/time -f "%U %S %e" -o "$out" "$@" >/dev/null 2>/dev/null || true
    t=$(tail -1 "$out" | awk '{print $1 + $2}')
    w=$(tail -1 "$out" | awk '{print $3}')
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b ? a : b) }')
    bestwall=$(awk -v a="$w" -v b="$bestwall" 'BEGIN { print (a < b ? a : b) }')
  done
  rm -f "$out"
  awk -v l="$label" -v b="$bytes" -v s="$best" -v w="$bestwall" 'BEGIN { if (s < 0.01) s = 0.01; if (w < 0.01) w = 0.01;
    printf "  %-34s cpu_seconds=%.3f MB/s=%.1f   wall_seconds=%.3f wall_MB/s=%.1f\n", l, s, b/1e6/s, w, b/1e6/w }'
}

echo "== whole process on $(basename "$BIG") ($(du -h "$BIG" | cut -f1)); target: parse --json and conformance >= 100 MB/s"
whole "pantau parse --json" "$PANTAU" parse --json --now 2026-11-23T09:00:00+07:00 "$BIG"
whole "pantau-dev conformance" "$PANTAU_DEV" conformance "$BIG"
whole "pantau parse (table)" "$PANTAU" parse --now 2026-11-23T09:00:00+07:00 "$BIG"
whole "feedparser-rs 0.7.1 (python)" "$SCRATCH/venv/bin/python" Benchmarks/parse/feedparser_rs_whole.py "$BIG"
whole "xmllint --stream --noout" xmllint --stream --noout "$BIG"
