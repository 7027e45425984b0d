#!/usr/bin/env bash
# Kills `pantau crawl` with SIGKILL at random moments, restarts it, and checks the database:
# no duplicate post, no lost post, PRAGMA integrity_check ok.
# Usage: Benchmarks/crash/run.sh [kills=20] [feeds=10000] [items=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-20}; feeds=${2:-10000}; items=${3:-20}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { apt-get install -y -qq sqlite3 >/dev/null; }
python3 Benchmarks/crash/gen.py "$work/reg" "$feeds" "$items"
swift build -c release --scratch-path .build-bench --product pantau >/dev/null
bin=.build-bench/release/pantau
db="$work/pantau.sqlite"
expected=$((feeds * items))
killed=0
count() { sqlite3 "$db" "SELECT COUNT(*) FROM post" 2>/dev/null || echo 0; }
for i in $(seq 1 "$kills"); do
  before=$(count)
  "$bin" crawl --all --quiet --registry "$work/reg" --db "$db" --create >/dev/null 2>&1 &
  pid=$!
  # Kill while it writes: wait until this run has stored something, then a random moment more.
  for _ in $(seq 1 600); do
    [ "$(count)" -gt "$before" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.0, 1.5), 3))')"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
  echo "kill $i: posts stored so far $(count)"
done
"$bin" crawl --all --quiet --registry "$work/reg" --db "$db" --create --json > "$work/final.json"
posts=$(sqlite3 "$db" "SELECT COUNT(*) FROM post")
dups=$(sqlite3 "$db" "SELECT COUNT(*) FROM (SELECT sourceID, stableID FROM post GROUP BY 1, 2 HAVING COUNT(*) > 1)")
integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
matches=$(sqlite3 "$db" "SELECT COUNT(*) FROM match")
echo "kills that landed: $killed/$kills"
echo "posts: $posts (expected $expected), duplicates: $dups, lost: $((expected - posts)), integrity: $integrity, matches: $matches (expected $((expected / 5)))"
[ "$posts" -eq "$expected" ] && [ "$dups" -eq 0 ] && [ "$integrity" = ok ] && [ "$matches" -eq $((expected / 5)) ]
