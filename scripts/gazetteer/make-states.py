#!/usr/bin/env python3
"""Rebuild Sources/StanceExtraction/Resources/states.tsv.

    python3 scripts/gazetteer/make-states.py > Sources/StanceExtraction/Resources/states.tsv

Takes the ISO-derived columns from Debian's iso-codes (ISO 3166-1 JSON) and merges the
hand-written overlay scripts/gazetteer/states-overlay.tsv (demonyms, capitals, institutions,
codes, common English names, extra aliases, notes). Standard library only.

From iso-codes:
  id       alpha_2
  name     common_name if present, else name (unless the overlay gives a name)
  aliases  name, official_name and common_name, in that order, except:
           - a leading "the " is dropped ("the State of Palestine" -> "State of Palestine");
           - catalogue forms are dropped: any name with a comma or parentheses
             ("Korea, Republic of", "Holy See (Vatican City State)"); the overlay adds back,
             as names or aliases, the forms that prose uses;
           - the row's own name and duplicates (case-insensitive) are dropped;
           - overlay entries "-X" remove X.
Only facts (names and codes) are taken from iso-codes (LGPL-2.1+).
"""

import json
import os
import subprocess
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
HERE = os.path.dirname(os.path.abspath(__file__))
OVERLAY = os.path.join(HERE, "states-overlay.tsv")
COLUMNS = ["id", "name", "aliases", "codes", "demonyms", "capitals", "institutions", "notes"]


def fail(message):
    sys.stderr.write("make-states.py: error: " + message + "\n")
    sys.exit(1)


def iso_codes_version():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def read_overlay(path):
    rows = {}
    header = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != len(COLUMNS):
                fail(f"{path}:{number}: {len(fields)} columns, expected {len(COLUMNS)}")
            if header is None:
                if fields != COLUMNS:
                    fail(f"{path}:{number}: header must be {' '.join(COLUMNS)}")
                header = fields
                continue
            row = dict(zip(COLUMNS, fields))
            if row["id"] in rows:
                fail(f"{path}:{number}: duplicate id {row['id']}")
            rows[row["id"]] = row
    return rows


def split(value):
    return [v for v in value.split("|") if v] if value else []


def clean_iso_name(value):
    if not value:
        return None
    if value.startswith("the "):
        value = value[4:]
    if "," in value or "(" in value or ")" in value:
        return None
    return value


def main():
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = {e["alpha_2"]: e for e in json.load(f)["3166-1"]}
    overlay = read_overlay(OVERLAY)

    out = []
    for code in sorted(set(iso) | set(overlay)):
        entry = iso.get(code)
        extra = overlay.get(code, dict.fromkeys(COLUMNS, ""))
        if entry is None and not extra["name"]:
            fail(f"{code} is not in ISO 3166-1, so the overlay must give its name")

        candidates = []
        if entry is not None:
            for key in ("name", "official_name", "common_name"):
                cleaned = clean_iso_name(entry.get(key))
                if cleaned:
                    candidates.append(cleaned)

        name = extra["name"]
        if not name and entry is not None:
            name = clean_iso_name(entry.get("common_name")) or clean_iso_name(entry["name"])
        if not name:
            fail(f"{code}: no usable name (ISO name is a catalogue form); give one in the overlay")

        removals = set()
        additions = []
        for alias in split(extra["aliases"]):
            if alias.startswith("-"):
                removals.add(alias[1:].casefold())
            else:
                additions.append(alias)
        for removed in removals:
            if removed not in {c.casefold() for c in candidates}:
                fail(f"{code}: overlay removes '{removed}', which iso-codes does not give")

        seen = {name.casefold()}
        aliases = []
        for alias in candidates + additions:
            key = alias.casefold()
            if key in seen or key in removals:
                continue
            seen.add(key)
            aliases.append(alias)

        row = {
            "id": code,
            "name": name,
            "aliases": "|".join(aliases),
            "codes": extra["codes"],
            "demonyms": extra["demonyms"],
            "capitals": extra["capitals"],
            "institutions": extra["institutions"],
            "notes": extra["notes"],
        }
        out.append("\t".join(row[c] for c in COLUMNS))

    sys.stdout.write(
        "# states.tsv: states and territories for the StanceExtraction actor recogniser.\n"
        "# GENERATED, do not edit: change scripts/gazetteer/states-overlay.tsv and run\n"
        "#   python3 scripts/gazetteer/make-states.py > Sources/StanceExtraction/Resources/states.tsv\n"
        f"# Names and codes from ISO 3166-1 via Debian iso-codes {iso_codes_version()} (LGPL-2.1+; only facts are taken).\n"
        "# Matching: name, aliases, demonyms, capitals, institutions case-insensitive, whole words;\n"
        "# codes case-sensitive and exact. '|' separates values. See README.md beside this file.\n"
    )
    sys.stdout.write("\t".join(COLUMNS) + "\n")
    for line in out:
        sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
