#!/usr/bin/env bash
# Launches the GUI under Xvfb on a fresh copy of the bundled demo, walks every page (applying the
# demo's migration on the way, so Backups, History and Health have something to show) and saves
# PNGs into docs/screenshots/. Usage: scripts/screenshots.sh [--language de] [OUT_DIR]
set -euo pipefail
source "$(dirname "$0")/common.sh"

language=()
if [ "${1:-}" = "--language" ]; then
    language=(--language "$2")
    shift 2
fi
out="${1:-$SP_ROOT/docs/screenshots}"
bin="$SP_BUILD/bin/schemapilot"
if [ ! -x "$bin" ]; then
    sp_log "Building the GUI first"
    cmake -S "$SP_ROOT" -B "$SP_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    ninja -C "$SP_BUILD" -j2 schemapilot
fi
command -v xvfb-run >/dev/null || sp_install xvfb xauth

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A private HOME/XDG: no user settings leak into the pictures and none are written.
sp_log "Walking every page into $out"
HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="${QT_SCALE_FACTOR:-1}" \
    xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" \
    "$bin" --demo-dir "$work/demo" --screenshot-dir "$out" "${language[@]}"
ls -1 "$out"/*.png
