#!/usr/bin/env bash
# README command 2: install what is missing, build, start throwaway PostgreSQL and MariaDB servers
# on loopback, run every test with ctest, and stop the servers again (also after a failure).
set -euo pipefail
source "$(dirname "$0")/common.sh"

sp_install "${SP_BUILD_PACKAGES[@]}" "${SP_TEST_PACKAGES[@]}"
sp_build

servers=()
cleanup() {
    local s
    for s in "${servers[@]}"; do
        "$SP_ROOT/scripts/servers/$s.sh" stop >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT

for s in postgres mariadb; do
    if [ -x "$SP_ROOT/scripts/servers/$s.sh" ]; then
        sp_log "Starting a throwaway $s server on loopback"
        servers+=("$s")
        eval "$("$SP_ROOT/scripts/servers/$s.sh" start)"
    fi
done

sp_log "Running the test suite"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$SP_BUILD" --output-on-failure -j "${SP_JOBS:-2}" "$@"
