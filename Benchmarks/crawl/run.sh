#!/usr/bin/env bash
# Crawl benchmark (issue 4 item 11): 10,000 distinct RSS feeds of 20 items on a local nginx, spread
# over 64 loopback host names (127.0.0.1–64, no DNS). Runs, in one go:
#   1. a raw libcurl multi fetch-only pass over the same URLs (pantau-crawl-bench),
#   2. `pantau crawl --all` (fetch + parse + match + store), wall time and peak RSS,
#   3. the same crawl again with nothing changed (expect 304s),
#   4. `pantau-crawl-bench stages`: CPU per feed of parse, match and store alone (no network),
# and prints feeds/s, the ratio to the raw pass, peak RSS, the 304 share and the byte ratio, plus
# the CPU each crawl used (the machine may be shared: the load average is printed first).
# Politeness is relaxed by the generated registry's _settings.yaml only (robots off, delay 0).
#
# usage: Benchmarks/crawl/run.sh           (env: FEEDS=10000 HOSTS=64 PER_HOST=8 CONCURRENCY=128
#                                                KEEP=1 to keep the temp folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${FEEDS:-10000}
HOSTS=${HOSTS:-64}
PER_HOST=${PER_HOST:-8}
CONCURRENCY=${CONCURRENCY:-128}

need() { command -v "$1" >/dev/null 2>&1 || [ -x "$2" ]; }
if ! need nginx /usr/sbin/nginx || [ ! -x /usr/bin/time ]; then
    echo "== installing nginx-light and time (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light time >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
W=$(mktemp -d /tmp/pantau-crawl-bench.XXXXXX)
chmod 755 "$W"
cleanup() {
    if [ -f "$W/nginx.pid" ]; then kill "$(cat "$W/nginx.pid")" 2>/dev/null || true; sleep 0.3; fi
    if [ -z "${KEEP:-}" ]; then rm -rf "$W"; else echo "kept $W"; fi
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== generating $FEEDS feeds over $HOSTS hosts in $W (port $PORT)"
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
FIRST_URL=$(head -1 "$W/urls.txt")
curl -fsS -o /dev/null "$FIRST_URL" || { echo "nginx does not answer $FIRST_URL"; exit 1; }

echo "== building release (scratch path .build-bench)"
swift build -c release --scratch-path .build-bench --product pantau-crawl-bench 2>&1 | tail -1
swift build -c release --scratch-path .build-bench --product pantau 2>&1 | tail -1
BIN=$ROOT/.build-bench/release

echo "== raw libcurl multi fetch-only pass (concurrency $CONCURRENCY, per host $PER_HOST)"
"$BIN/pantau-crawl-bench" "$W/urls.txt" "$CONCURRENCY" "$PER_HOST" > "$W/raw.json"
cat "$W/raw.json"

crawl() {  # $1: name
    /usr/bin/time -v -o "$W/$1.time" "$BIN/pantau" crawl --all --quiet --registry "$W/registry" \
        --db "$W/bench.sqlite" --create --json > "$W/$1.json"
}
echo "== first crawl"
crawl first
echo "== recrawl (nothing changed)"
crawl second
echo "== CPU per stage, one thread, no network"
"$BIN/pantau-crawl-bench" stages "$W/registry" "$W/www" > "$W/stages.json"
cat "$W/stages.json"
echo "== load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 - "$W" "$(nproc)" <<'PY'
import json, re, sqlite3, sys
w = sys.argv[1]
raw = json.load(open(f"{w}/raw.json"))
def timing(name):
    t = open(f"{w}/{name}.time").read()
    m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    return wall, rss, cpu
first, second = json.load(open(f"{w}/first.json")), json.load(open(f"{w}/second.json"))
w1, r1, c1 = timing("first"); w2, r2, c2 = timing("second")
cores = int(sys.argv[2])
stages = json.load(open(f"{w}/stages.json"))
db = sqlite3.connect(f"{w}/bench.sqlite")
integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
dups = db.execute("SELECT COUNT(*) FROM (SELECT sourceID, stableID FROM post GROUP BY 1, 2 HAVING COUNT(*) > 1)").fetchone()[0]
n = first["sources"]
rate = n / w1
rate_in = n / first["seconds"]
print(f"raw fetch-only: {raw['ok']}/{raw['urls']} ok, {raw['per_second']:.0f} feeds/s, {raw['bytes']/1e6:.1f} MB")
print(f"first crawl:    {first['fetched']} fetched, {first['failed']} failed, {first['newPosts']} new posts, "
      f"{first['newMatches']} matches, {first['bytes']/1e6:.1f} MB on the wire")
print(f"                wall {w1:.2f} s (process) / {first['seconds']:.2f} s (crawl loop)")
print(f"recrawl:        {second['notModified']} not modified, {second['fetched']} fetched, {second['failed']} failed, "
      f"{second['newPosts']} new posts, {second['bytes']/1e3:.1f} kB, wall {w2:.2f} s")
print(f"CPU:            first crawl {c1:.1f} s ({c1 / first['sources'] * 1000:.2f} ms per feed, {c1 / w1 * 100:.0f} % of one core), "
      f"recrawl {c2:.1f} s; CPU-bound ceiling on {cores} free cores: {first['sources'] / c1 * cores:.0f} feeds/s")
print(f"stages (CPU ms per feed): parse {stages['parse_ms_per_feed']:.3f}, match {stages['match_ms_per_feed']:.3f}, "
      f"store {stages['store_ms_per_feed']:.3f}")
print(f"database:       {first['totals']['posts']} posts after first, {second['totals']['posts']} after recrawl, "
      f"{dups} duplicates, integrity {integrity}")
print()
ok = lambda b: "ok " if b else "MISS"
print(f"[{ok(rate >= 2000)}] crawl feeds/s (process wall):      {rate:8.0f}   target >= 2000   (crawl loop only: {rate_in:.0f})")
ratio = rate / raw["per_second"]
print(f"[{ok(ratio >= 0.5)}] ratio to raw fetch-only pass:       {ratio:8.2f}   target >= 0.5    (crawl loop only: {rate_in / raw['per_second']:.2f})")
print(f"[{ok(max(r1, r2) <= 250)}] peak RSS (MB, first / recrawl):   {r1:6.0f} / {r2:.0f}   target <= 250")
share = second["notModified"] / max(second["sources"], 1)
print(f"[{ok(share >= 0.99)}] recrawl answered 304:             {share*100:7.2f} %  target >= 99 %")
br = second["bytes"] / max(first["bytes"], 1)
print(f"[{ok(br <= 0.01)}] recrawl bytes / first bytes:      {br*100:7.2f} %  target <= 1 %")
PY
