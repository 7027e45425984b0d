#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer into Fuzz/.build/:
#   feed, page, date (the parsers), numbers, durations, jsonld, jsonfeed, csv (issue 11: numbers from outside).
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
# SwiftCSV, for the CSV importer's reading half.
CSVSRC=.build/checkouts/SwiftCSV/SwiftCSV
[ -d "$CSVSRC" ] || swift package resolve >/dev/null
swiftc "${SAN[@]}" -parse-as-library -module-name SwiftCSV -emit-module -emit-module-path "$OUT/SwiftCSV.swiftmodule" \
  -emit-library -static -o "$OUT/libSwiftCSV.a" "$CSVSRC"/*.swift

# target name, then the pipeline files it compiles in besides its own.
build() {
  local t=$1; shift
  local lower; lower=$(echo "$t" | tr A-Z a-z)
  swiftc "${SAN[@]}" "${XML[@]}" -I "$OUT" -parse-as-library -module-name "Fuzz$t" "Fuzz/targets/${t}Fuzz.swift" "$@" \
    -L "$OUT" -lPantauConformance -lPantauParse -lPantauModel -lSwiftCSV -lxml2 -o "$OUT/fuzz-$lower"
}
for t in ${*:-Feed Page Date Numbers Durations JSONLD JSONFeed CSV}; do
  case $t in
    Numbers) build "$t" Sources/PantauPipeline/CSVNumber.swift ;;
    Durations) build "$t" Sources/PantauPipeline/Schedule.swift ;;
    CSV) build "$t" Sources/PantauPipeline/CSVImport+Read.swift Sources/PantauPipeline/CSVNumber.swift \
           Sources/PantauPipeline/ImportError.swift Fuzz/targets/support/CSVImportShim.swift ;;
    *) build "$t" ;;
  esac
done
ls -la "$OUT"/fuzz-*
