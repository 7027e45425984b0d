#!/usr/bin/env bash
# Builds the release binary that runs on a server without Swift, and checks that it does.
#
#   scripts/release.sh [OUT_DIR]        (default OUT_DIR: dist)
#
# 1. `swift build -c release --static-swift-stdlib`: the Swift runtime and Foundation are linked
#    into the binary; only the system's C libraries stay shared (libcurl, libxml2, libsqlite3, libc…,
#    which `scripts/setup.sh` installs, or `apt-get install libcurl4 libxml2 libsqlite3-0` on a server).
# 2. `ldd` must list no Swift library (libswiftCore, libFoundation, libdispatch…).
# 3. The binary is copied to OUT_DIR, outside .build, and runs `pantau demo` there with an empty
#    LD_LIBRARY_PATH, as it would on a machine without a Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
scratch=".build-release"

echo "release: building (swift build -c release --static-swift-stdlib)…"
start=$(date +%s)
swift build -c release --static-swift-stdlib --product pantau --scratch-path "$scratch"
echo "release: built in $(( $(date +%s) - start )) s"
bin="$(swift build -c release --static-swift-stdlib --product pantau --scratch-path "$scratch" --show-bin-path)/pantau"

echo "release: shared libraries (ldd):"
ldd "$bin" | sed 's/^/  /'
swiftlibs=$(ldd "$bin" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU|libicu.*swift' || true)
if [ -n "$swiftlibs" ]; then
  echo "release: FAILED, the binary still needs Swift libraries:" >&2
  echo "$swiftlibs" >&2
  exit 1
fi
echo "release: no Swift library needed"

mkdir -p "$out"
cp "$bin" "$out/pantau"
strip "$out/pantau" 2>/dev/null || true
echo "release: $out/pantau ($(du -h "$out/pantau" | cut -f1))"

# The check: from a folder outside .build, with only the demo registry beside it.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp "$out/pantau" "$check/"
mkdir -p "$check/feeds"
cp -r feeds/demo "$check/feeds/demo"
( cd "$check" && env -i PATH=/usr/bin:/bin LD_LIBRARY_PATH= HOME="$check" ./pantau demo --quiet > demo.txt )
grep -q "report-2026-W47.html" "$check/demo.txt" || { echo "release: FAILED, pantau demo did not write its report" >&2; cat "$check/demo.txt" >&2; exit 1; }
echo "release: pantau demo ran from a copy outside .build with an empty LD_LIBRARY_PATH:"
sed 's/^/  /' "$check/demo.txt"
echo "release: OK"
