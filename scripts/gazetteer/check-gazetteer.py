#!/usr/bin/env python3
"""Check the gazetteer files in Sources/StanceExtraction/Resources. Standard library only.

    python3 scripts/gazetteer/check-gazetteer.py

Checks: every non-comment line has the header's column count and the header is the expected
one; ids are unique within each file and across states/organisations/groups; names are not
empty; no value is empty or padded with spaces; no matched string (name, alias, demonym,
capital, institution: case-insensitive; code: case-sensitive) belongs to two entries of
states/organisations/groups; people ids are slugs of their names, people aliases are unique
and each 'represents' is a known id; titles are unique. Prints counts; exits 1 on a problem.
"""

import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
RES = os.path.join(ROOT, "Sources", "StanceExtraction", "Resources")
ENTITY_COLUMNS = ["id", "name", "aliases", "codes", "demonyms", "capitals", "institutions", "notes"]
PEOPLE_COLUMNS = ["id", "name", "aliases", "represents", "role", "notes"]
TITLE_COLUMNS = ["title", "head"]
MATCHED = ["name", "aliases", "demonyms", "capitals", "institutions"]

problems = []


def problem(message):
    problems.append(message)


def read(name, columns):
    path = os.path.join(RES, name)
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.endswith("\n"):
                problem(f"{name}:{number}: no final newline")
            line = line.rstrip("\n")
            if "\r" in line:
                problem(f"{name}:{number}: carriage return")
            if line.startswith("#"):
                continue
            if not line:
                problem(f"{name}:{number}: empty line")
                continue
            fields = line.split("\t")
            if len(fields) != len(columns):
                problem(f"{name}:{number}: {len(fields)} columns, expected {len(columns)}")
                continue
            if header is None:
                header = fields
                if fields != columns:
                    problem(f"{name}:{number}: header {fields}, expected {columns}")
                continue
            row = dict(zip(columns, fields))
            row["_where"] = f"{name}:{number}"
            for column, value in zip(columns, fields):
                if value != value.strip():
                    problem(f"{name}:{number}: {column} has leading or trailing spaces")
                if column not in ("notes",) and "|" in value:
                    parts = value.split("|")
                    if any(p == "" or p != p.strip() for p in parts):
                        problem(f"{name}:{number}: {column} has an empty or padded value")
                    keys = {p if column == "codes" else p.casefold() for p in parts}
                    if len(keys) != len(parts):
                        problem(f"{name}:{number}: {column} repeats a value")
            rows.append(row)
    return rows


def values(value):
    return value.split("|") if value else []


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    files = {
        "states.tsv": read("states.tsv", ENTITY_COLUMNS),
        "organisations.tsv": read("organisations.tsv", ENTITY_COLUMNS),
        "groups.tsv": read("groups.tsv", ENTITY_COLUMNS),
    }
    people = read("people.tsv", PEOPLE_COLUMNS)
    titles = read("titles.tsv", TITLE_COLUMNS)

    ids = {}
    folded = {}  # casefolded string -> (id, column)
    exact = {}   # code -> (id, column)
    for fname, rows in files.items():
        previous = None
        for row in rows:
            rid = row["id"]
            if rid in ids:
                problem(f"{row['_where']}: id {rid} also at {ids[rid]}")
            ids[rid] = row["_where"]
            if fname == "states.tsv":
                if previous is not None and rid <= previous:
                    problem(f"{row['_where']}: rows not sorted by id")
                previous = rid
                if not re.fullmatch(r"[A-Z]{2}", rid):
                    problem(f"{row['_where']}: state id {rid} is not alpha-2")
            if not row["name"]:
                problem(f"{row['_where']}: empty name")
            names_here = set()
            for column in MATCHED:
                for v in values(row[column]):
                    key = v.casefold()
                    if column != "name" and key in names_here:
                        problem(f"{row['_where']}: '{v}' repeated within the entry ({column})")
                    names_here.add(key)
                    owner = folded.get(key)
                    if owner and owner[0] != rid:
                        problem(f"{row['_where']}: '{v}' ({column}) also used by {owner[0]} ({owner[1]})")
                    folded.setdefault(key, (rid, column))
            for v in values(row["codes"]):
                owner = exact.get(v)
                if owner and owner[0] != rid:
                    problem(f"{row['_where']}: code '{v}' also used by {owner[0]}")
                exact.setdefault(v, (rid, "codes"))
    # A code that equals another entry's matched string (folded) would also be ambiguous.
    for code, (rid, _) in exact.items():
        owner = folded.get(code.casefold())
        if owner and owner[0] != rid:
            problem(f"code '{code}' of {rid} equals '{code}' of {owner[0]} ({owner[1]})")

    person_ids = set()
    person_strings = {}
    for row in people:
        if not row["name"]:
            problem(f"{row['_where']}: empty name")
        if row["id"] in person_ids:
            problem(f"{row['_where']}: duplicate id {row['id']}")
        person_ids.add(row["id"])
        if row["id"] != slug(row["name"]):
            problem(f"{row['_where']}: id {row['id']} is not the slug of '{row['name']}' ({slug(row['name'])})")
        if row["represents"] not in ids:
            problem(f"{row['_where']}: represents unknown id {row['represents']}")
        if not row["role"]:
            problem(f"{row['_where']}: empty role")
        for v in [row["name"]] + values(row["aliases"]):
            key = v.casefold()
            if key in person_strings and person_strings[key] != row["id"]:
                problem(f"{row['_where']}: '{v}' also names {person_strings[key]}")
            person_strings[key] = row["id"]
            if key in folded:
                problem(f"{row['_where']}: '{v}' is also a gazetteer string of {folded[key][0]}")
            if v in exact:
                problem(f"{row['_where']}: '{v}' is also a code of {exact[v][0]}")

    seen_titles = set()
    for row in titles:
        key = row["title"].casefold()
        if key in seen_titles:
            problem(f"{row['_where']}: duplicate title {row['title']}")
        seen_titles.add(key)
        if not row["head"]:
            problem(f"{row['_where']}: empty head")

    for fname, rows in files.items():
        filled = {c: sum(1 for r in rows if r[c]) for c in ENTITY_COLUMNS[2:7]}
        print(f"{fname}: {len(rows)} entries; non-empty " + ", ".join(f"{c} {n}" for c, n in filled.items()))
    print(f"people.tsv: {len(people)} people")
    print(f"titles.tsv: {len(titles)} titles")
    print(f"matched strings: {len(folded)} case-insensitive, {len(exact)} codes")
    for p in problems:
        print("problem: " + p)
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
