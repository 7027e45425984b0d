#!/usr/bin/env bash
# Builds the libFuzzer targets (feed, page, date) with AddressSanitizer into Fuzz/.build/.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=Fuzz/.build
mkdir -p "$OUT"
SAN=(-sanitize=fuzzer,address -O -g)
XML=(-I Sources/CLibXML2 -Xcc -I/usr/include/libxml2)
swiftc "${SAN[@]}" -parse-as-library -module-name PantauModel -emit-module -emit-module-path "$OUT/PantauModel.swiftmodule" \
  -emit-library -static -o "$OUT/libPantauModel.a" Sources/PantauModel/*.swift
# -enable-testing: the feed target also checks that the stream reader agrees with the tree reader.
# -package-name: what the conformance serialiser reads of Parse has package access.
swiftc "${SAN[@]}" "${XML[@]}" -I "$OUT" -enable-testing -parse-as-library -module-name PantauParse -package-name pantau \
  -emit-module -emit-module-path "$OUT/PantauParse.swiftmodule" -emit-library -static -o "$OUT/libPantauParse.a" \
  $(find Sources/PantauParse -name '*.swift')
swiftc "${SAN[@]}" "${XML[@]}" -I "$OUT" -parse-as-library -module-name PantauConformance -package-name pantau -emit-module \
  -emit-module-path "$OUT/PantauConformance.swiftmodule" -emit-library -static -o "$OUT/libPantauConformance.a" \
  Sources/PantauConformance/*.swift
for t in Feed Page Date; do
  swiftc "${SAN[@]}" "${XML[@]}" -I "$OUT" -parse-as-library -module-name "Fuzz$t" "Fuzz/targets/${t}Fuzz.swift" \
    -L "$OUT" -lPantauConformance -lPantauParse -lPantauModel -lxml2 -o "$OUT/fuzz-$(echo $t | tr A-Z a-z)"
done
ls -la "$OUT"/fuzz-*
