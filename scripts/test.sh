#!/usr/bin/env bash
# README command 2: install what is missing, build, start throwaway PostgreSQL and MariaDB servers
# on loopback, run every test with ctest, and stop the servers again (also after a failure).
# With CI=true or SCHEMAPILOT_SANITIZE=1 the whole suite runs a second time, built with
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ (see "Tests" in the README).
set -euo pipefail
source "$(dirname "$0")/common.sh"

sanitize=0
if [ "${CI:-}" = "true" ] || [ "${SCHEMAPILOT_SANITIZE:-0}" = "1" ]; then
    sanitize=1
fi

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

export QT_QPA_PLATFORM=offscreen
status=0

sp_log "Running the test suite"
ctest --test-dir "$SP_BUILD" --output-on-failure -j "${SP_JOBS:-2}" "$@" || status=1

if [ "$sanitize" = "1" ]; then
    sp_sanitizer_pass "$@" || status=1
fi
exit "$status"
