#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: a new cluster under a temporary
# directory, listening on 127.0.0.1 only at a free port (its unix socket in the same directory),
# one superuser `pantau` trusted without a password, one database `pantau`. Nothing of it survives `stop`.
#
# Usage: scripts/postgres-server.sh start|stop|url
#   start  makes and starts the server, prints its URL (postgres://pantau@127.0.0.1:PORT/pantau)
#   url    prints the URL of the running server
#   stop   stops the server and removes its directory
#
# The directory is $PANTAU_PG_DIR (default: ${TMPDIR:-/tmp}/pantau-postgres.<uid>); .ci/run gives
# each run its own. The binaries (initdb, pg_ctl) are found on PATH, else in the newest
# /usr/lib/postgresql/*/bin (Debian's `postgresql` package; scripts/setup.sh --test-tools installs it).
# initdb refuses to run as root: as root the server runs as the `postgres` user (or $PANTAU_PG_USER).
# The server trades crash safety for speed (fsync and full-page writes off) unless PANTAU_PG_DURABLE=1.
set -euo pipefail

dir="${PANTAU_PG_DIR:-${TMPDIR:-/tmp}/pantau-postgres.$(id -u)}"
marker="$dir/pantau-postgres-server"

fail() { echo "postgres-server: $*" >&2; exit 1; }

# The directory holding initdb and pg_ctl (the real one: pg_ctl finds `postgres` beside itself).
find_bin() {
  local initdb
  initdb="$(command -v initdb 2>/dev/null || true)"
  if [ -z "$initdb" ]; then
    initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  [ -n "$initdb" ] || fail "initdb not found on PATH nor in /usr/lib/postgresql/*/bin (install the postgresql package: scripts/setup.sh --test-tools)"
  dirname "$(readlink -f "$initdb")"
}

# Runs a command as the server's user: ourselves, or $PANTAU_PG_USER (default postgres) when root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${PANTAU_PG_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

# A TCP port nothing listens on, on 127.0.0.1.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "no free TCP port found on 127.0.0.1"
}

start() {
  if [ -f "$dir/url" ] && [ -f "$dir/data/postmaster.pid" ]; then
    fail "a server already runs in $dir ($(cat "$dir/url")); stop it first"
  fi
  local bin user
  bin="$(find_bin)"
  mkdir -p "$dir"
  touch "$marker"
  if [ "$(id -u)" -eq 0 ]; then
    user="${PANTAU_PG_USER:-postgres}"
    id "$user" >/dev/null 2>&1 || fail "running as root, and user $user (who runs the server) does not exist; set PANTAU_PG_USER"
    chown "$user" "$dir"
    as_owner test -w "$dir" || fail "user $user cannot write $dir (a parent directory closed to it?); set PANTAU_PG_DIR"
  fi
  as_owner mkdir -p "$dir/socket"
  as_owner "$bin/initdb" -D "$dir/data" -U pantau -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
    fail "initdb failed (see $dir/initdb.log): $(tail -n 3 "$dir/initdb.log")"
  local port started="" safety="-c fsync=off -c full_page_writes=off"
  # Tests want speed; benchmarks want a server as durable as a real one (PANTAU_PG_DURABLE=1: writes
  # reach the disk, torn pages are repaired; commits return before their WAL is flushed, as SQLite's
  # WAL with synchronous=NORMAL does).
  [ "${PANTAU_PG_DURABLE:-}" = 1 ] && safety=""
  for _ in 1 2 3 4 5; do
    port="$(free_port)"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket $safety -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  [ -n "$started" ] || fail "the server did not start (see $dir/server.log): $(tail -n 3 "$dir/server.log" 2>/dev/null)"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U pantau pantau ||
    fail "cannot create the database pantau on 127.0.0.1:$port"
  echo "postgres://pantau@127.0.0.1:$port/pantau" >"$dir/url"
  cat "$dir/url"
}

stop() {
  [ -d "$dir" ] || return 0
  [ -f "$marker" ] || fail "$dir was not made by this script; not touching it"
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 ||
      echo "postgres-server: pg_ctl stop failed (see $dir/server.log)" >&2
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) [ -f "$dir/url" ] || fail "no server runs in $dir"; cat "$dir/url" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
