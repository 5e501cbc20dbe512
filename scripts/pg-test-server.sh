#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL server for the tests: its own data directory, port and
# socket, so it never touches a system cluster. Prints the URL the tests use.
#   scripts/pg-test-server.sh start [DIR]   ->  postgresql://halldesk:halldesk@127.0.0.1:PORT/postgres
#   scripts/pg-test-server.sh stop  [DIR]
set -euo pipefail

action=${1:-start}
dir=${2:-${HALLDESK_PG_DIR:-/tmp/halldesk-pg}}
port=${HALLDESK_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/pg_ctl" ] || { echo "PostgreSQL server binaries not found; run scripts/setup.sh" >&2; exit 1; }

# PostgreSQL refuses to run as root; use the postgres account when we are root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
        pwfile=$(mktemp)
        echo halldesk > "$pwfile"
        chmod 644 "$pwfile"
        as_owner "$bindir/initdb" -D "$dir/data" -U halldesk --pwfile="$pwfile" -A scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >/dev/null
        rm -f "$pwfile"
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        # 271 concurrent callers need more than the default 100 connections.
        if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=128MB -c fsync=on" >/dev/null; then
            cat "$dir/server.log" >&2
            exit 1
        fi
    fi
    echo "postgresql://halldesk:halldesk@127.0.0.1:$port/postgres"
    ;;
stop)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac
