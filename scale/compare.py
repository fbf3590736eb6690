#!/usr/bin/env python3
"""Compares `stancegraph import --aggregate` output (TSV) with Spark part files, row for row.

    python3 scale/compare.py swift.tsv spark-output-dir/

Rows are compared after sorting; numbers are compared as numbers (Spark writes 7.0 where
stancegraph writes 7). Exits 1 and prints the first differences when they differ.
"""
import glob
import os
import sys

COLUMNS = ["source", "relation", "target", "date", "weight", "document", "count", "first", "last"]


def rows(paths):
    header, result = None, []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        if not lines:
            continue
        if header is None:
            header = lines[0].split("\t")
        elif lines[0].split("\t") != header:
            sys.exit(f"{path}: header differs: {lines[0]!r}")
        for line in lines[1:]:
            fields = dict(zip(header, line.split("\t")))
            row = []
            for column in COLUMNS:
                value = fields.get(column, "")
                if column == "weight":
                    value = f"{float(value or 1):.6f}"
                elif column == "count":
                    value = str(int(value))
                row.append(value)
            result.append(tuple(row))
    return header, sorted(result)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    _, swift = rows([sys.argv[1]])
    parts = sorted(p for p in glob.glob(os.path.join(sys.argv[2], "*"))
                   if not os.path.basename(p).startswith(("_", ".")))
    _, spark = rows(parts)
    if swift == spark:
        print(f"equal: {len(swift)} rows, row for row")
        return 0
    print(f"DIFFERENT: stancegraph {len(swift)} rows, Spark {len(spark)} rows")
    only_swift = sorted(set(swift) - set(spark))[:5]
    only_spark = sorted(set(spark) - set(swift))[:5]
    for row in only_swift:
        print("  only stancegraph:", "\t".join(row))
    for row in only_spark:
        print("  only Spark:      ", "\t".join(row))
    return 1


if __name__ == "__main__":
    sys.exit(main())
