#!/usr/bin/env bash
# Installs the C libraries Pantau builds against (Debian/Ubuntu). Uses sudo when not root.
# With --test-tools it also installs what the test suite drives when present (CI uses this):
# Debian's headless chromium and its WebDriver, for the tests that check pages in a real browser,
# and PostgreSQL (when no initdb is found), for the tests of the PostgreSQL store: .ci/run starts a
# throwaway server with scripts/postgres-server.sh.
set -euo pipefail
packages=(libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config)
if [ "${1:-}" = "--test-tools" ]; then
  packages+=(chromium chromium-driver python3)
  if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    packages+=(postgresql)
  fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: ${packages[*]} already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
