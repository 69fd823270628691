#!/usr/bin/env python3
"""Lists the unfinished entries of a Qt .ts file as JSON, or applies a JSON of translations to it.

  i18n_unfinished.py list  translations/schemapilot_de.ts > todo.json
  i18n_unfinished.py apply translations/schemapilot_de.ts done.json

The JSON is a list of {"context", "source", "comment", "numerus", "translation"}; "translation" is a
string, or a list of strings (one per plural form) for numerus entries. Entries with an empty
translation are left unfinished. Run scripts/lupdate.sh afterwards to restore lupdate's layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source", ""), msg.findtext("comment", ""))


def list_unfinished(path):
    root = ET.parse(path).getroot()
    out = []
    for context, msg in entries(root):
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        numerus = msg.get("numerus") == "yes"
        guess = [f.text or "" for f in tr.iter("numerusform")] if numerus else (tr.text or "")
        loc = msg.find("location")
        out.append({"context": context, "source": msg.findtext("source", ""),
                    "comment": msg.findtext("comment", ""), "numerus": numerus,
                    "location": loc.get("filename", "") if loc is not None else "",
                    "translation": guess})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, json_path):
    with open(json_path, encoding="utf-8") as f:
        wanted = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in json.load(f)}
    tree = ET.parse(path)
    done = 0
    for context, msg in entries(tree.getroot()):
        text = wanted.get(key(context, msg))
        tr = msg.find("translation")
        if not text or tr is None:
            continue
        if msg.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            if not all(forms):
                continue
            for old in list(tr):
                tr.remove(old)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        tr.attrib.pop("type", None)
        done += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{done} entries translated", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "list":
        list_unfinished(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
