#!/bin/sh
# Builds pantau-report-bench in release mode in its own scratch path and runs it.
# Usage: Benchmarks/report/run.sh [--units N] [--innovations-per-unit N] [--posts N] [--out DIR]
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --scratch-path .build-bench --product pantau-report-bench
exec .build-bench/release/pantau-report-bench "$@"
