#!/usr/bin/env bash
# Crawl benchmark, one binary against another in alternating runs (issue 14): the same feeds as
# run.sh (10,000 distinct RSS feeds of 20 items over 64 loopback host names, one local nginx), each
# crawl `pantau crawl --all` on a fresh database, the binaries' order swapped every pair so neither
# always runs on the warmer or the quieter machine. Prints feeds/s (process wall time) per run,
# the CPU each used, and the ratio B/A per pair and over all pairs.
#
# usage: Benchmarks/crawl/compare.sh A_PANTAU B_PANTAU [pairs=3]
#        (env: FEEDS=10000 HOSTS=64 PER_HOST=8 CONCURRENCY=128 KEEP=1 to keep the temp folder)
# Build the binaries in release first, e.g. `swift build -c release --scratch-path .build-bench
# --product pantau` in each checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$(readlink -f "$1"); B=$(readlink -f "$2"); PAIRS=${3:-3}
FEEDS=${FEEDS:-10000}; HOSTS=${HOSTS:-64}; PER_HOST=${PER_HOST:-8}; CONCURRENCY=${CONCURRENCY:-128}
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/bin/time ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light time >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
W=$(mktemp -d /tmp/pantau-crawl-compare.XXXXXX)
chmod 755 "$W"
cleanup() {
    if [ -f "$W/nginx.pid" ]; then kill "$(cat "$W/nginx.pid")" 2>/dev/null || true; sleep 0.3; fi
    if [ -z "${KEEP:-}" ]; then rm -rf "$W"; else echo "kept $W"; fi
}
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 Benchmarks/crawl/generate.py "$W" "$PORT" "$FEEDS" "$HOSTS" "$PER_HOST" "$CONCURRENCY"
LISTEN=""
for i in $(seq 1 "$HOSTS"); do LISTEN+="        listen 127.0.0.$i:$PORT;"$'\n'; done
mkdir -p "$W/nginx-tmp"
cat > "$W/nginx.conf" <<CONF
worker_processes 1;
pid $W/nginx.pid;
error_log $W/nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    keepalive_timeout 120s;
    etag on;
    if_modified_since exact;
    types { application/rss+xml xml; }
    client_body_temp_path $W/nginx-tmp/body;
    proxy_temp_path $W/nginx-tmp/proxy;
    fastcgi_temp_path $W/nginx-tmp/fastcgi;
    server {
$LISTEN        root $W/www;
    }
}
CONF
"$NGINX" -t -q -c "$W/nginx.conf" -p "$W"
"$NGINX" -c "$W/nginx.conf" -p "$W"
sleep 0.3
curl -fsS -o /dev/null "$(head -1 "$W/urls.txt")" || { echo "nginx does not answer"; exit 1; }

crawl() {  # $1: binary, $2: name
    rm -rf "$W/bench.sqlite"*
    /usr/bin/time -v -o "$W/$2.time" "$1" crawl --all --quiet --registry "$W/registry" \
        --db "$W/bench.sqlite" --create --json > "$W/$2.json"
    python3 - "$W" "$2" <<'PY'
import json, re, sqlite3, sys
w, name = sys.argv[1], sys.argv[2]
t = open(f"{w}/{name}.time").read()
m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
s = json.load(open(f"{w}/{name}.json"))
posts = sqlite3.connect(f"{w}/bench.sqlite").execute("SELECT COUNT(*) FROM post").fetchone()[0]
print(f"{name}: {s['sources'] / wall:7.0f} feeds/s  wall {wall:6.2f} s  cpu {cpu:6.1f} s  "
      f"fetched {s['fetched']} failed {s['failed']} posts {posts} matches {s['newMatches']}")
with open(f"{w}/rates", "a") as f: f.write(f"{name} {s['sources'] / wall}\n")
PY
}
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); A=$A B=$B"
for p in $(seq 1 "$PAIRS"); do
    if [ $((p % 2)) -eq 1 ]; then crawl "$A" "A$p"; crawl "$B" "B$p"; else crawl "$B" "B$p"; crawl "$A" "A$p"; fi
done
echo "== load average now $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$W/rates" "$PAIRS" <<'PY'
import sys
r = dict((l.split()[0], float(l.split()[1])) for l in open(sys.argv[1]))
n = int(sys.argv[2])
for p in range(1, n + 1):
    print(f"pair {p}: A {r[f'A{p}']:6.0f}  B {r[f'B{p}']:6.0f}  B/A {r[f'B{p}'] / r[f'A{p}']:.3f}")
a = sum(r[f"A{p}"] for p in range(1, n + 1)) / n
b = sum(r[f"B{p}"] for p in range(1, n + 1)) / n
print(f"mean:   A {a:6.0f}  B {b:6.0f}  B/A {b / a:.3f}")
PY
