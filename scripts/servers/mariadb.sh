#!/usr/bin/env bash
# A throwaway MariaDB server for SchemaPilot's integration tests and CI.
#
#   eval "$(scripts/servers/mariadb.sh start)"   # prints the export lines on stdout, logs on stderr
#   scripts/servers/mariadb.sh status            # exit 0 when running, 3 when not
#   scripts/servers/mariadb.sh stop              # shuts it down and removes its files
#
# The server runs as an unprivileged user (the Debian package's `mysql` user when started as
# root), listens on 127.0.0.1 only, keeps data, socket and pid in a mktemp -d folder, and has a
# password-authenticated user schemapilot/schemapilot with ALL on *.* (tests create databases).
# Environment: SCHEMAPILOT_MARIADB_PORT (default 53306; the next free port is taken when busy),
# SCHEMAPILOT_MARIADB_STATE (state file, default ${TMPDIR:-/tmp}/schemapilot-mariadb-<uid>.state).
set -euo pipefail

readonly DB_USER=schemapilot
readonly DB_PASSWORD=schemapilot
readonly DB_NAME=schemapilot_test
readonly START_TIMEOUT_S=60
readonly STOP_TIMEOUT_S=30
STATE_FILE=${SCHEMAPILOT_MARIADB_STATE:-${TMPDIR:-/tmp}/schemapilot-mariadb-$(id -u).state}

log() { printf 'mariadb.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

need() {
    command -v "$1" >/dev/null 2>&1 || die "$1 not found; install Debian's mariadb-server and mariadb-client"
}

# Runs a command as the server's user: `mysql` when we are root, else ourselves.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u mysql -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    # A successful TCP connect means somebody listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
    local port=${SCHEMAPILOT_MARIADB_PORT:-53306}
    local last=$((port + 50))
    while ((port <= last)); do
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
        port=$((port + 1))
    done
    die "no free port in ${SCHEMAPILOT_MARIADB_PORT:-53306}..$last"
}

load_state() {
    DIR='' PORT='' PID='' ADMIN_USER=''
    [[ -f $STATE_FILE ]] || return 1
    # The state file is ours (written below) and holds plain KEY=value lines.
    while IFS='=' read -r key value; do
        case $key in
        DIR) DIR=$value ;;
        PORT) PORT=$value ;;
        PID) PID=$value ;;
        ADMIN_USER) ADMIN_USER=$value ;;
        esac
    done <"$STATE_FILE"
    [[ -n $DIR && -n $PORT && -n $PID ]]
}

server_alive() {
    [[ -n ${PID:-} ]] && kill -0 "$PID" 2>/dev/null
}

admin() {
    mariadb-admin --no-defaults --protocol=socket --socket="$DIR/mariadb.sock" -u "$ADMIN_USER" "$@"
}

admin_sql() {
    mariadb --no-defaults --protocol=socket --socket="$DIR/mariadb.sock" -u "$ADMIN_USER" --batch -e "$1"
}

print_exports() {
    echo "export SCHEMAPILOT_TEST_MYSQL_URL=mysql://$DB_USER@127.0.0.1:$PORT/$DB_NAME"
    echo "export SCHEMAPILOT_TEST_MYSQL_PASSWORD=$DB_PASSWORD"
}

cmd_start() {
    need mariadbd
    need mariadb-install-db
    need mariadb-admin
    need mariadb
    # A live pid alone is not proof (pids are reused): the server must answer on its socket.
    if load_state && server_alive && admin --connect-timeout=2 ping >/dev/null 2>&1; then
        log "already running on 127.0.0.1:$PORT (pid $PID, data in $DIR)"
        print_exports
        return 0
    fi
    if [[ -f $STATE_FILE ]]; then
        log "removing stale state of a server that is gone"
        [[ -n ${DIR:-} && -d $DIR && $DIR == */schemapilot-mariadb.* ]] && rm -rf -- "$DIR"
        rm -f -- "$STATE_FILE"
    fi

    PORT=$(pick_port)
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/schemapilot-mariadb.XXXXXX")
    ADMIN_USER=$(id -un)
    if [[ $(id -u) -eq 0 ]]; then
        id mysql >/dev/null 2>&1 || die "the 'mysql' system user is missing (it comes with Debian's mariadb-server)"
        chown mysql:mysql "$DIR"
        chmod 0750 "$DIR"
    fi
    mkdir -p "$DIR/data"
    [[ $(id -u) -eq 0 ]] && chown mysql:mysql "$DIR/data"

    log "initialising a data directory in $DIR/data"
    # The invoking OS user becomes the socket-authenticated administrator; nobody else gets in
    # without a password.
    if ! as_server_user mariadb-install-db --no-defaults --datadir="$DIR/data" --skip-test-db \
        --auth-root-authentication-method=socket --auth-root-socket-user="$ADMIN_USER" \
        >"$DIR/install.log" 2>&1; then
        tail -n 30 "$DIR/install.log" >&2 || true
        rm -rf -- "$DIR"
        die "mariadb-install-db failed"
    fi

    log "starting mariadbd on 127.0.0.1:$PORT"
    # Detached from our stdout/stderr so that `eval "$(... start)"` returns.
    as_server_user setsid mariadbd --no-defaults --datadir="$DIR/data" \
        --bind-address=127.0.0.1 --port="$PORT" \
        --socket="$DIR/mariadb.sock" --pid-file="$DIR/mariadb.pid" \
        --log-error="$DIR/error.log" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --innodb-file-per-table=0 \
        </dev/null >/dev/null 2>&1 &
    local launcher=$!

    local waited=0
    PID=''
    while ((waited < START_TIMEOUT_S * 4)); do
        if [[ -s $DIR/mariadb.pid ]]; then
            PID=$(cat "$DIR/mariadb.pid")
            if admin --connect-timeout=2 ping >/dev/null 2>&1; then
                break
            fi
        elif ! kill -0 "$launcher" 2>/dev/null; then
            break
        fi
        sleep 0.25
        waited=$((waited + 1))
    done
    if [[ -z $PID ]] || ! admin --connect-timeout=2 ping >/dev/null 2>&1; then
        tail -n 30 "$DIR/error.log" >&2 || true
        [[ -n $PID ]] && kill "$PID" 2>/dev/null || true
        kill "$launcher" 2>/dev/null || true
        rm -rf -- "$DIR"
        die "mariadbd did not accept connections within ${START_TIMEOUT_S}s"
    fi
    printf 'DIR=%s\nPORT=%s\nPID=%s\nADMIN_USER=%s\n' "$DIR" "$PORT" "$PID" "$ADMIN_USER" >"$STATE_FILE"

    admin_sql "
        CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
        CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
        GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'127.0.0.1';
        GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost';
        CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4;" ||
        die "could not create the test user and database (server left running; 'stop' removes it)"

    # Prove the password login over TCP works, as the tests will use it.
    MYSQL_PWD=$DB_PASSWORD mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$PORT" -u "$DB_USER" \
        --connect-timeout=5 -e 'SELECT 1' "$DB_NAME" >/dev/null ||
        die "the test user cannot log in over TCP (server left running; 'stop' removes it)"
    log "ready: 127.0.0.1:$PORT (pid $PID), data in $DIR"
    print_exports
}

cmd_stop() {
    if ! load_state; then
        log "not running (no state file $STATE_FILE)"
        return 0
    fi
    if server_alive; then
        log "stopping pid $PID"
        admin shutdown >/dev/null 2>&1 || kill "$PID" 2>/dev/null || true
        local waited=0
        while server_alive && ((waited < STOP_TIMEOUT_S * 4)); do
            sleep 0.25
            waited=$((waited + 1))
        done
        if server_alive; then
            log "pid $PID ignored shutdown; killing it"
            kill -9 "$PID" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    # Only ever remove a folder this script created.
    if [[ -d $DIR && $DIR == */schemapilot-mariadb.* ]]; then
        rm -rf -- "$DIR"
    fi
    rm -f -- "$STATE_FILE"
    log "stopped"
}

cmd_status() {
    if load_state && server_alive && admin --connect-timeout=2 ping >/dev/null 2>&1; then
        log "running on 127.0.0.1:$PORT (pid $PID, data in $DIR)"
        print_exports
        return 0
    fi
    log "not running"
    return 3
}

case ${1:-} in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
restart) cmd_stop && cmd_start ;;
*)
    echo "usage: $0 start|stop|status|restart" >&2
    exit 2
    ;;
esac
