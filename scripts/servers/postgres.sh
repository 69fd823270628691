#!/usr/bin/env bash
# Throwaway PostgreSQL 15 server for SchemaPilot's integration tests and CI.
#
#   scripts/servers/postgres.sh start    # prints `export SCHEMAPILOT_TEST_PG_URL=...` lines
#   eval "$(scripts/servers/postgres.sh start)"
#   scripts/servers/postgres.sh status
#   scripts/servers/postgres.sh stop     # stops the server and removes its data directory
#
# Needs only Debian's postgresql-15 package. Listens on 127.0.0.1 only (port $SCHEMAPILOT_PG_PORT,
# default 55432, or the next free one), keeps its socket in the temporary data directory and uses
# trust authentication: for local tests only, never for real data.
set -euo pipefail

PG_BIN="${SCHEMAPILOT_PG_BIN:-/usr/lib/postgresql/15/bin}"
PORT="${SCHEMAPILOT_PG_PORT:-55432}"
STATE_FILE="${SCHEMAPILOT_PG_STATE:-${TMPDIR:-/tmp}/schemapilot-test-postgres.state}"
ROLE=schemapilot
PASSWORD=schemapilot
DATABASE=schemapilot_test

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# The server refuses to run as root: use the postgres system user (Debian package) or a dedicated one.
RUN_USER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    RUN_USER="${SCHEMAPILOT_PG_USER:-postgres}"
    if ! id "$RUN_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER" || die "cannot create user $RUN_USER"
    fi
fi

as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$RUN_USER" -- "$@"
    else
        "$@"
    fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

read_state() {
    STATE_PID="" STATE_DIR="" STATE_PORT=""
    [ -f "$STATE_FILE" ] || return 1
    # shellcheck disable=SC1090
    . "$STATE_FILE"
    STATE_PID="${pid:-}" STATE_DIR="${dir:-}" STATE_PORT="${port:-}"
    [ -n "$STATE_DIR" ] && [ -n "$STATE_PORT" ]
}

running() {
    read_state || return 1
    [ -d "$STATE_DIR/data" ] && as_user "$PG_BIN/pg_ctl" -D "$STATE_DIR/data" status >/dev/null 2>&1
}

print_env() {
    echo "export SCHEMAPILOT_TEST_PG_URL=postgresql://$ROLE@127.0.0.1:$STATE_PORT/$DATABASE"
    echo "export SCHEMAPILOT_DB_PASSWORD=$PASSWORD"
    echo "export PGPASSWORD=$PASSWORD"
    echo "export SCHEMAPILOT_TEST_PG_SOCKET_DIR=$STATE_DIR"
}

psql_admin() {
    as_user "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$STATE_DIR" -p "$STATE_PORT" -U postgres -d postgres "$@"
}

cmd_start() {
    if running; then
        log "already running (pid $STATE_PID, port $STATE_PORT, dir $STATE_DIR)"
        print_env
        return 0
    fi
    if read_state; then
        log "removing stale state of a server that is not running ($STATE_DIR)"
        rm -rf -- "$STATE_DIR"
        rm -f -- "$STATE_FILE"
    fi
    [ -x "$PG_BIN/initdb" ] || die "initdb not found in $PG_BIN (Debian: apt-get install postgresql-15)"

    local port="$PORT" tries=0
    while port_busy "$port"; do
        tries=$((tries + 1))
        [ "$tries" -lt 50 ] || die "no free port from $PORT to $port"
        port=$((port + 1))
    done

    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/schemapilot-pg.XXXXXX")"
    chmod 700 "$dir"
    [ "$RUN_USER" = "$(id -un)" ] || chown "$RUN_USER" "$dir"
    STATE_DIR="$dir" STATE_PORT="$port"

    as_user "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf -- "$dir"; die "initdb failed"; }
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
CONF
    # trust everywhere: local test use only (127.0.0.1 and the private socket directory)
    cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
    as_user "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null \
        || { cat "$dir/server.log" >&2; rm -rf -- "$dir"; die "pg_ctl start failed"; }

    local pid
    pid="$(head -n1 "$dir/data/postmaster.pid")"
    printf 'pid=%s\ndir=%s\nport=%s\n' "$pid" "$dir" "$port" >"$STATE_FILE"
    STATE_PID="$pid"

    psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" \
               -c "CREATE DATABASE $DATABASE OWNER $ROLE" \
        || { cmd_stop; die "creating role/database failed"; }
    psql_admin -d "$DATABASE" -c "ALTER SCHEMA public OWNER TO $ROLE"
    log "started (pid $pid, port $port, dir $dir)"
    print_env
}

cmd_stop() {
    if ! read_state; then
        log "not running (no state file $STATE_FILE)"
        return 0
    fi
    if [ -d "$STATE_DIR/data" ]; then
        as_user "$PG_BIN/pg_ctl" -D "$STATE_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
    # Only ever remove a directory this script made
    case "$STATE_DIR" in
        */schemapilot-pg.*) rm -rf -- "$STATE_DIR" ;;
        *) log "not removing unexpected directory $STATE_DIR" ;;
    esac
    rm -f -- "$STATE_FILE"
    log "stopped"
}

cmd_status() {
    if running; then
        echo "running pid=$STATE_PID port=$STATE_PORT dir=$STATE_DIR"
        print_env
        return 0
    fi
    echo "not running"
    return 3
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) running && print_env ;;
    *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
