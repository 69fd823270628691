#!/usr/bin/env bash
# README command 1: install what is missing, build, and open SchemaPilot on the bundled demo
# database, which already shows a pending migration.
set -euo pipefail
source "$(dirname "$0")/common.sh"

sp_install "${SP_BUILD_PACKAGES[@]}"
sp_build

if [ -x "$SP_BUILD/bin/schemapilot" ]; then
    sp_log "Opening SchemaPilot on the demo database"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        sp_log "No display found: starting under xvfb-run (install xvfb for this), or run on a desktop session"
        sp_install xvfb xauth
        exec xvfb-run -a "$SP_BUILD/bin/schemapilot" "$@"
    fi
    exec "$SP_BUILD/bin/schemapilot" "$@"
fi

# Without the GUI build, show the same pending migration on the command line.
demo_dir="$SP_BUILD/demo"
"$SP_BUILD/bin/schemapilot-cli" demo --dir "$demo_dir" >/dev/null
exec "$SP_BUILD/bin/schemapilot-cli" plan --db "$demo_dir/demo.db" --schema "$demo_dir/demo-desired.sql"
