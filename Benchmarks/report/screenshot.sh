#!/bin/sh
# Renders an HTML report to a PNG (and, with --pdf, to a PDF as printed) with headless Chromium,
# so a person can look at it without a browser session.
#   Benchmarks/report/screenshot.sh report-2026-W47.html [out.png] [width] [height] [--pdf]
# Installs Debian's `chromium` when it is missing (needs root).
set -eu
html=${1:?usage: screenshot.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT] [--pdf]}
out=${2:-${html%.html}.png}
width=${3:-1200}
height=${4:-3000}
pdf=no
for a in "$@"; do [ "$a" = "--pdf" ] && pdf=yes; done
[ -f "$html" ] || { echo "screenshot.sh: no such file: $html" >&2; exit 1; }
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$out" "file://$abs" 2>/dev/null
echo "wrote $out"
if [ "$pdf" = yes ]; then
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="${out%.png}.pdf" "file://$abs" 2>/dev/null
    echo "wrote ${out%.png}.pdf"
fi
