#!/usr/bin/env bash
# End to end: `pantau report` (registry load + database read + build + HTML/MD render) for
# 5,000 units, 50,000 innovations and 1M posts stored in SQLite; prints the time and the database size.
# Usage: Benchmarks/report-db/run.sh [units=5000] [innovations-per-unit=10] [posts=1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
units=${1:-5000}; per=${2:-10}; total=${3:-1000000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
swift build -c release --scratch-path .build-bench --product pantau >/dev/null
bin=.build-bench/release/pantau
python3 Benchmarks/report-db/gen.py registry "$work/reg" "$units" "$per"
"$bin" sources --quiet --registry "$work/reg" --db "$work/p.sqlite" --create >/dev/null
python3 Benchmarks/report-db/gen.py posts "$work/p.sqlite" "$units" "$per" "$total"
sqlite3 "$work/p.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
size=$(du -b "$work/p.sqlite" | cut -f1)
echo "database: $(awk "BEGIN{printf \"%.0f\", $size/1048576}") MB for $total posts, $units units, $((units*per)) innovations"
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
/usr/bin/time -f "report (HTML): %e s wall, %U s user, peak RSS %M KB" \
  "$bin" report --quiet --registry "$work/reg" --db "$work/p.sqlite" --week 2026-W47 --now 2026-11-23 --format html --out "$work/out"
/usr/bin/time -f "report (HTML + Markdown, the default): %e s wall, %U s user, peak RSS %M KB" \
  "$bin" report --quiet --registry "$work/reg" --db "$work/p.sqlite" --week 2026-W47 --now 2026-11-23 --out "$work/out"
ls -la "$work/out"
