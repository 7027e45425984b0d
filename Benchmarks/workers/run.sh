#!/usr/bin/env bash
# Workers benchmark (issue 17): several `pantau crawl` processes sharing one PostgreSQL, against one
# process on SQLite, on the crawl benchmark's corpus (Benchmarks/crawl: 10,000 distinct RSS feeds of
# 20 items over 64 loopback host names, one local nginx, here with an access log). Runs:
#   1. one `pantau crawl --all` on a fresh SQLite file;
#   2. WORKERS (3) `pantau crawl --db postgres://…` (the due sources, as `pantau run` crawls on each
#      machine; WORKER_ARGS=--all for every source) at once on one fresh PostgreSQL database;
#   3. the kill cycle: WORKERS workers on another fresh database, one killed with SIGKILL once a
#      third of the feeds were fetched, the others left to finish, then `pantau crawl` from another
#      machine (its own host name through `unshare -u`, as root; else this machine) at once — the
#      dead worker's live leases must be respected — and again once the lease (LEASE, 60 s) ran out,
#      when they must be taken over;
# and prints feeds/s in total and per worker, duplicate fetches (a URL requested more than once,
# from the access log; how far apart from the request timestamps), duplicate posts (SQL: posts per
# source and stable id > 1), the ratio WORKERS-on-PostgreSQL / 1-on-SQLite, and whether the kill
# cycle crawled every source without duplicating anything.
#
# usage: Benchmarks/workers/run.sh
#   env: FEEDS=10000 HOSTS=64 PER_HOST=8 CONCURRENCY=128 WORKERS=3 KEEP=1 (keep the temp folder)
#        MULTI=postgres (or sqlite: the workers share one SQLite file, to try the script without PostgreSQL)
#        PANTAU_BENCH_POSTGRES_URL=postgres://… (a server to use; default: scripts/postgres-server.sh starts one)
#        PANTAU_BIN=path/to/pantau (default: built in release in .build-bench)
#        WORKER_ARGS="" (what each worker crawls: "" the due sources, as `pantau run` does; "--all" every
#                   source, due or not — a worker then skips what another one crawled since it began)
#        LEASE=60 (crawl.lease of the benchmark registry, seconds: how long the killed worker's claims hold)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
FEEDS=${FEEDS:-10000}
HOSTS=${HOSTS:-64}
PER_HOST=${PER_HOST:-8}
CONCURRENCY=${CONCURRENCY:-128}
WORKERS=${WORKERS:-3}
MULTI=${MULTI:-postgres}
WORKER_ARGS=${WORKER_ARGS-}
LEASE=${LEASE:-60}

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "== installing nginx-light (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

W=$(mktemp -d /tmp/pantau-workers-bench.XXXXXX)
chmod 755 "$W"
PIDS=()
PG_STARTED=""
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    if [ -f "$W/nginx.pid" ]; then kill "$(cat "$W/nginx.pid")" 2>/dev/null || true; sleep 0.3; fi
    if [ -n "$PG_STARTED" ]; then PANTAU_PG_DIR="$W/pg" bash scripts/postgres-server.sh stop || true; fi
    if [ -z "${KEEP:-}" ]; then rm -rf "$W"; else echo "kept $W"; fi
}
trap cleanup EXIT

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== generating $FEEDS feeds over $HOSTS hosts in $W (port $PORT)"
python3 Benchmarks/crawl/generate.py "$W" "$PORT" "$FEEDS" "$HOSTS" "$PER_HOST" "$CONCURRENCY"
REG="$W/registry"
sed -i "s/timeout: 60s}/timeout: 60s, lease: ${LEASE}s}/" "$REG/_settings.yaml"
grep -q "lease: ${LEASE}s" "$REG/_settings.yaml" || { echo "cannot set crawl.lease in $REG/_settings.yaml"; exit 1; }

LISTEN=""
for i in $(seq 1 "$HOSTS"); do LISTEN+="        listen 127.0.0.$i:$PORT;"$'\n'; done
mkdir -p "$W/nginx-tmp"
cat > "$W/nginx.conf" <<CONF
worker_processes 1;
pid $W/nginx.pid;
error_log $W/nginx-error.log warn;
events { worker_connections 4096; }
http {
    log_format timed '\$msec \$status \$host:\$server_port\$request_uri';
    access_log $W/access.log timed buffer=64k flush=1s;
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

if [ -n "${PANTAU_BIN:-}" ]; then
    BIN=$(readlink -f "$PANTAU_BIN")
else
    echo "== building release (scratch path .build-bench)"
    swift build -c release --scratch-path .build-bench --product pantau 2>&1 | tail -1
    BIN=$ROOT/.build-bench/release/pantau
fi

# The PostgreSQL server (ours unless one is given) and a fresh database on it per phase.
ADMIN_URL=""
if [ "$MULTI" = postgres ]; then
    if [ -n "${PANTAU_BENCH_POSTGRES_URL:-}" ]; then
        ADMIN_URL=$PANTAU_BENCH_POSTGRES_URL
    else
        # As durable as a real server (fsync, full-page writes); PANTAU_PG_DURABLE=0 for the test setup.
        ADMIN_URL=$(PANTAU_PG_DURABLE=${PANTAU_PG_DURABLE-1} PANTAU_PG_DIR="$W/pg" bash scripts/postgres-server.sh start)
        PG_STARTED=1
    fi
    echo "== PostgreSQL at $ADMIN_URL"
fi

# A fresh store named $1 for the shared phases; prints what --db takes.
fresh_db() {
    if [ "$MULTI" = postgres ]; then
        local name="pantau_bench_$1_$$"
        psql -q -v ON_ERROR_STOP=1 "$ADMIN_URL" -c "CREATE DATABASE $name" >/dev/null
        echo "${ADMIN_URL%/*}/$name"
    else
        echo "$W/$1.sqlite"
    fi
}

# Migrates a new store once, before workers race to open it (`pantau migrate` where the build has it).
prepare_db() {
    if "$BIN" --help | grep -qE '^  migrate '; then
        "$BIN" migrate --registry "$REG" --db "$1" >/dev/null
    else
        "$BIN" sources --json --registry "$REG" --db "$1" --create >/dev/null
    fi
}

now() { date +%s.%N; }
requests() { wc -l < "$W/access.log" 2>/dev/null || echo 0; }

# Starts one worker in the background: $1 phase, $2 worker number, $3 database.
start_worker() {
    # shellcheck disable=SC2086
    "$BIN" crawl $WORKER_ARGS --quiet --json --registry "$REG" --db "$3" > "$W/$1-$2.json" 2> "$W/$1-$2.err" &
    PIDS+=($!)
}

echo "== 1 worker on SQLite"
echo "sqlite1 start $(now)" >> "$W/phases"
"$BIN" crawl --all --quiet --json --registry "$REG" --db "$W/one.sqlite" --create > "$W/sqlite1-1.json"
echo "sqlite1 end $(now)" >> "$W/phases"

echo "== $WORKERS workers at once on one $MULTI store"
MULTI_DB=$(fresh_db multi)
prepare_db "$MULTI_DB"
echo "$MULTI_DB" > "$W/multi.db"
PIDS=()
echo "multi start $(now)" >> "$W/phases"
for i in $(seq 1 "$WORKERS"); do start_worker multi "$i" "$MULTI_DB"; done
failed=0
for i in "${!PIDS[@]}"; do
    wait "${PIDS[$i]}" || { echo "   worker $((i + 1)) failed (status $?): $(head -c 500 "$W/multi-$((i + 1)).err")"; failed=1; }
done
echo "multi end $(now)" >> "$W/phases"
PIDS=()
[ "$failed" -eq 0 ] || { echo "== stopped: a worker failed, the figures would mean nothing"; exit 1; }

echo "== kill cycle: $WORKERS workers, one killed with SIGKILL mid-crawl"
KILL_DB=$(fresh_db kill)
prepare_db "$KILL_DB"
echo "$KILL_DB" > "$W/kill.db"
before=$(requests)
echo "kill start $(now)" >> "$W/phases"
for i in $(seq 1 "$WORKERS"); do start_worker kill "$i" "$KILL_DB"; done
victim=${PIDS[1]}
target=$((before + FEEDS / 3))
while [ "$(requests)" -lt "$target" ] && kill -0 "$victim" 2>/dev/null; do sleep 0.1; done
kill_time=$(now)
if kill -9 "$victim" 2>/dev/null; then
    kill_time=$(now)
    echo "kill $kill_time $(( $(requests) - before ))" >> "$W/phases"
    echo "   killed worker 2 (pid $victim) after $(( $(requests) - before )) requests"
else
    echo "   worker 2 had already finished: nothing was killed (use more FEEDS)"
fi
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()
echo "kill survivors $(now)" >> "$W/phases"

uncrawled() {  # sources of the registry never crawled successfully
    "$BIN" sources --json --registry "$REG" --db "$KILL_DB" > "$W/kill-sources.json" ||
        { echo "cannot list the sources of $KILL_DB" >&2; return 1; }
    python3 -c 'import json,sys; print(sum(1 for s in json.load(open(sys.argv[1])) if not s.get("lastSuccess")))' \
        "$W/kill-sources.json"
}
missing=$(uncrawled)
echo "   after the survivors: $missing sources not crawled"
echo "after-survivors $missing" >> "$W/kill.counts"
# The killed worker's claims, seen from another machine: while its lease holds nobody may take its
# sources; once it ran out, the next crawl anywhere takes them over. Another machine is a process
# under its own host name (unshare -u; root only), which cannot tell that the dead process is dead.
# Without unshare the rerun runs here, where a dead process is seen at once and its claims freed.
elsewhere() {
    if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
        unshare -u sh -c 'hostname pantau-bench-elsewhere && exec "$@"' sh "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then where="another machine"; else where="this machine"; fi
if [ "$missing" -gt 0 ]; then
    elsewhere "$BIN" crawl --quiet --json --registry "$REG" --db "$KILL_DB" > "$W/kill-rerun.json"
    missing=$(uncrawled)
    echo "   a crawl from $where $(awk "BEGIN{printf \"%.1f\", $(now) - $kill_time}") s after the kill, lease live: $missing not crawled"
    echo "rerun-before-expiry $missing" >> "$W/kill.counts"
fi
if [ "$missing" -gt 0 ]; then
    wait_s=$(awk "BEGIN{w = $kill_time + $LEASE + 1 - $(now); print (w > 0 ? w : 0)}")
    echo "   waiting for the lease to run out ($LEASE s after the kill at the latest)"
    sleep "$wait_s"
    took=$(now)
    elsewhere "$BIN" crawl --quiet --json --registry "$REG" --db "$KILL_DB" > "$W/kill-rerun2.json"
    missing=$(uncrawled)
    echo "takeover $(awk "BEGIN{printf \"%.1f\", $took - $kill_time}") $LEASE $missing" > "$W/kill.takeover"
    echo "   a crawl from $where $(awk "BEGIN{printf \"%.1f\", $took - $kill_time}") s after the kill: $missing not crawled"
    echo "rerun-after-expiry $missing" >> "$W/kill.counts"
fi
echo "kill end $(now)" >> "$W/phases"
sleep 1.2   # the access log is flushed every second

echo "== load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 Benchmarks/workers/report.py "$W" "$MULTI" "$WORKERS" "$ADMIN_URL"
