#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources of the GUI (ui/, app/gui) and of the core library
# (context SchemaPilot::Core), keeping existing translations. Then translate with Qt Linguist.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
for lang in en de; do
    "$LUPDATE" -locations relative -no-obsolete ui app/gui core -source-language en -target-language "$lang" -ts "translations/schemapilot_${lang}.ts" "$@"
done
