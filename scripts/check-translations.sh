#!/usr/bin/env bash
# Fails when a user-visible string in ui/, app/gui or core/ has no German translation: refreshes a
# copy of translations/schemapilot_de.ts from the sources (the checked-in file is not touched) and
# counts what lupdate marks unfinished. Run by ctest (test "translations_complete").
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/schemapilot_de.ts "$work/de.ts"
"$LUPDATE" -silent -no-obsolete ui app/gui core -ts "$work/de.ts" >/dev/null
missing=$(grep -c 'type="unfinished"' "$work/de.ts" || true)
if [ "$missing" != "0" ]; then
    echo "$missing user-visible string(s) have no German translation:" >&2
    python3 - "$work/de.ts" <<'PY' >&2
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot():
    for msg in ctx.findall('message'):
        t = msg.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            loc = msg.find('location')
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ''
            print(f"  {where}  {msg.findtext('source')!r}")
PY
    echo "Run scripts/lupdate.sh, translate them (scripts/i18n_unfinished.py helps), and commit translations/." >&2
    exit 1
fi
echo "German translation complete"
