#!/usr/bin/env bash
# `pantau serve` under load: wrk (Debian's `wrk`) at 50 connections against the overview, a unit page
# and /api/v1/posts, on the report-db data set (5,000 units, 50,000 innovations, 1M posts).
# Prints p50, p99 and requests/s per endpoint; with a baseline binary, the same for it on the same
# data in the same run, and the ratio of requests/s (this build / baseline).
# Usage: Benchmarks/serve/run.sh [units=5000] [innovations-per-unit=10] [posts=1000000] [seconds=20]
#   env: PANTAU_BIN=path/to/pantau (default: built in release in .build-bench)
#        PANTAU_BASELINE_BIN=path/to/an/older/pantau (optional; measured first, then this build)
set -euo pipefail
cd "$(dirname "$0")/../.."
units=${1:-5000}; per=${2:-10}; total=${3:-1000000}; secs=${4:-20}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "${PANTAU_BIN:-}" ]; then bin=$PANTAU_BIN; else
  swift build -c release --scratch-path .build-bench --product pantau >/dev/null
  bin=.build-bench/release/pantau
fi
baseline=${PANTAU_BASELINE_BIN:-}
# The data and the account are made by the oldest binary measured: a newer one migrates forward.
setup=${baseline:-$bin}
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 Benchmarks/report-db/gen.py registry "$work/reg" "$units" "$per"
"$setup" sources --quiet --registry "$work/reg" --db "$work/p.sqlite" --create >/dev/null
python3 Benchmarks/report-db/gen.py posts "$work/p.sqlite" "$units" "$per" "$total"
sqlite3 "$work/p.sqlite" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
db=(--registry "$work/reg" --db "$work/p.sqlite")
echo "bench-password-1234" | "$setup" user add bench --role admin --password-stdin "${db[@]}" >/dev/null
token=$("$setup" user token bench "${db[@]}")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

run() {  # label, name, path, header: one line of figures, also kept in $work/figures
  local out p50 p99 rps
  curl -fs -o /dev/null -H "$4" "$base$3" || { echo "$2: $3 does not answer 200"; exit 1; }
  out=$(wrk -t2 -c50 -d"${secs}s" --latency -H "$4" "$base$3")
  p50=$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
  rps=$(printf '%s\n' "$out" | awk '$1 == "Requests/sec:" {print $2}')
  printf '%-28s p50 %-9s p99 %-9s %s req/s\n' "$2" "$p50" "$p99" "$rps"
  printf '%s\t%s\t%s\n' "$1" "$2" "$rps" >> "$work/figures"
  printf '%s\n' "$out" | grep -E "Non-2xx|Socket errors" || true
}

measure() {  # label, binary
  "$2" serve --quiet --listen "127.0.0.1:$port" "${db[@]}" >"$work/serve.log" 2>&1 &
  server=$!
  local start session csrf form
  start=$(date +%s.%N)
  until curl -fs "$base/readyz" >/dev/null 2>&1; do
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 0.5
  done
  echo "== $1 ($2): summary ready after $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s (weekly report of $units units built once)"
  # Log in as a browser does: the form's CSRF cookie and field, then the session cookie.
  rm -f "$work/jar"
  form=$(curl -fs -c "$work/jar" "$base/login")
  csrf=$(printf '%s' "$form" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$work/jar" -c "$work/jar" -o /dev/null -d "name=bench&password=bench-password-1234&_csrf=$csrf&next=/" "$base/login"
  session=$(awk '$6 == "pantau_session" {print $7}' "$work/jar")
  [ -n "$session" ] || { echo "login failed"; exit 1; }
  echo "wrk -t2 -c50 -d${secs}s, $total posts (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
  run "$1" "overview (/)" "/" "Cookie: pantau_session=$session"
  run "$1" "unit page" "/unit/polres-b01234" "Cookie: pantau_session=$session"
  run "$1" "/api/v1/posts" "/api/v1/posts" "Authorization: Bearer $token"
  run "$1" "/api/v1/posts?unit=…" "/api/v1/posts?unit=polres-b01234" "Authorization: Bearer $token"
  kill "$server"; wait "$server" 2>/dev/null || true
  server=""
}

[ -z "$baseline" ] || measure baseline "$baseline"
measure "this build" "$bin"
if [ -n "$baseline" ]; then
  echo "== requests/s, this build / baseline:"
  awk -F'\t' '$1 == "baseline" {b[$2] = $3} $1 == "this build" && ($2 in b) {printf "%-28s %.2f\n", $2, $3 / b[$2]}' "$work/figures"
fi
