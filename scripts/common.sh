#!/usr/bin/env bash
# Shared by the README's two commands: install what is missing (idempotent) and build.
set -euo pipefail

SP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SP_BUILD="${SP_BUILD_DIR:-$SP_ROOT/build}"

# What each package is for is listed in the README ("Dependencies").
SP_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
    libsqlite3-dev sqlite3 libssl-dev libdtl-dev libpq-dev qtkeychain-qt6-dev
)
SP_TEST_PACKAGES=(
    postgresql mariadb-server mariadb-client xvfb xauth
    gnome-keyring libsecret-1-0 dbus-daemon dbus-bin
)

sp_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

sp_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs only the packages that are missing; does nothing (and needs no network) otherwise.
sp_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    sp_log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sp_as_root apt-get update -q
    sp_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

sp_build() {
    sp_log "Configuring and building in $SP_BUILD"
    cmake -S "$SP_ROOT" -B "$SP_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${SP_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
    cmake --build "$SP_BUILD" -j "${SP_JOBS:-2}"
}

# The second pass: the whole suite built with ASan + UBSan (-O1, no benchmarks) in its own folder.
# Any finding aborts the test process, so ctest counts it as a failed test.
sp_sanitizer_pass() {
    local build="${SP_ASAN_BUILD_DIR:-$SP_ROOT/build-asan}"
    local started=$SECONDS
    SP_BUILD="$build" SP_BUILD_TYPE=Debug sp_build -DSCHEMAPILOT_SANITIZE=ON -DSCHEMAPILOT_BUILD_BENCHMARKS=OFF \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" || return 1
    sp_log "Sanitizer build took $((SECONDS - started)) s; running the test suite under ASan + UBSan"
    local supp="$SP_ROOT/scripts/sanitizers"
    local tested=$SECONDS rc=0
    ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
    LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
        ctest --test-dir "$build" --output-on-failure -j "${SP_JOBS:-2}" "$@" || rc=$?
    sp_log "Sanitizer tests took $((SECONDS - tested)) s"
    return "$rc"
}
