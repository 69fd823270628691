#!/usr/bin/env bash
# Fails when a built binary's RUNPATH/RPATH has an empty or relative entry: the loader would then
# look for libraries in whatever directory the program is started from. Every entry must be
# absolute or start with $ORIGIN. Run by ctest (test "runpath_is_safe") on the installable binaries.
set -euo pipefail
status=0
for binary in "$@"; do
    paths=$(readelf -d "$binary" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p')
    if [ -z "$paths" ]; then
        continue
    fi
    # An empty entry shows as a leading, trailing or doubled ':'.
    IFS=: read -r -a entries <<<"$paths"
    if [[ "$paths" == :* || "$paths" == *: || "$paths" == *::* ]]; then
        echo "$binary: RUNPATH '$paths' has an empty entry (the current directory)" >&2
        status=1
        continue
    fi
    for entry in "${entries[@]}"; do
        case "$entry" in
            /*|'$ORIGIN'|'$ORIGIN'/*) ;;
            *) echo "$binary: RUNPATH entry '$entry' is relative to the current directory" >&2; status=1 ;;
        esac
    done
done
exit $status
