#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with a real GNOME Keyring (the Secret Service),
# unlocked with a throwaway password, in a throwaway HOME: the user's own keyring is never touched.
# Without dbus-run-session or gnome-keyring-daemon the test runs without a keyring and skips its
# keychain cases with a message (CI installs both: scripts/common.sh).
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    export SCHEMAPILOT_TEST_NO_KEYRING="dbus-run-session or gnome-keyring-daemon is missing (Debian: dbus-daemon, dbus-bin, gnome-keyring)"
    exec "$@"
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/schemapilot-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    printf "%s" "schemapilot-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$@"' bash "$@"
