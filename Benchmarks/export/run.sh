#!/usr/bin/env bash
# `pantau export`: an SQLite database of P posts (Benchmarks/report-db/gen.py: with ~60% matched and
# engagement for the social channels, about 2.3 rows per post) copied into a throwaway PostgreSQL
# server; prints the counts table, the time and the rows per second.
# Usage: Benchmarks/export/run.sh [posts=1000000] [units=1000]
#   env: PANTAU_BIN=path/to/pantau (default: built in release in .build-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
total=${1:-1000000}; units=${2:-1000}
work=$(mktemp -d)
chmod 755 "$work"  # the server runs as `postgres` when we are root
export PANTAU_PG_DIR="$work/pg"
trap 'bash scripts/postgres-server.sh stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
if [ -n "${PANTAU_BIN:-}" ]; then bin=$PANTAU_BIN; else
  swift build -c release --scratch-path .build-bench --product pantau >/dev/null
  bin=.build-bench/release/pantau
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 Benchmarks/report-db/gen.py registry "$work/reg" "$units" 10
"$bin" sources --quiet --registry "$work/reg" --db "$work/p.sqlite" --create >/dev/null
python3 Benchmarks/report-db/gen.py posts "$work/p.sqlite" "$units" 10 "$total"
url="$(PANTAU_PG_DURABLE=${PANTAU_PG_DURABLE-1} bash scripts/postgres-server.sh start)"  # fsync on, as a real server
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
/usr/bin/time -f "export: %e s wall, %U s user, peak RSS %M KB" \
  "$bin" export --registry "$work/reg" --db "$work/p.sqlite" --to "$url"
