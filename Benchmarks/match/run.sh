#!/usr/bin/env bash
# Matcher benchmark: 1,000 generated innovations over generated Indonesian-like posts (~500 chars),
# Swift matcher vs Python pyahocorasick and a Python `re` alternation, same run, same posts.
# Usage: Benchmarks/match/run.sh [POSTS] [REGEX_SAMPLE]   (defaults 1000000 and 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."
POSTS=${1:-1000000}
REGEX_SAMPLE=${2:-20000}
DATA=.build-bench/match-data
VENV=.build-bench/match-venv

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet pyahocorasick
fi
swift build -c release --scratch-path .build-bench --product pantau-match-bench
.build-bench/release/pantau-match-bench --posts "$POSTS" --innovations 1000 --out "$DATA"
"$VENV/bin/python" Benchmarks/match/baselines.py "$DATA" "$REGEX_SAMPLE"
