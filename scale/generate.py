#!/usr/bin/env python3
"""Writes a GDELT-format event sample (tab-separated, no header) to stdout.

Every row has the exact column count of its layout (gdelt1: 58, or 57 with --no-url; gdelt2: 61);
codes mix mapped ones (112x, 016, 13x, 03x, 05x, 06x) and unmapped ones, with self-events and
rows missing an actor. Seeded: the same arguments give the same bytes.

    python3 scale/generate.py --rows 100000 --seed 17 --format gdelt1 > sample.tsv
"""
import argparse
import random
import sys

COUNTRIES = ["USA", "RUS", "CHN", "PRK", "KOR", "JPN", "GBR", "FRA", "DEU", "IRN", "ISR", "UKR",
             "IND", "PAK", "TUR", "SAU", "EGY", "SYR", "BRA", "ZAF"]
TYPES = ["", "GOV", "MIL", "OPP", "BUS", "MED"]
MAPPED = ["112", "1121", "1122", "1123", "1124", "1125", "016", "130", "131", "1311", "138",
          "1384", "139", "030", "031", "0311", "032", "036", "050", "051", "057", "060", "061",
          "062", "111", "114"]
UNMAPPED = ["010", "020", "040", "042", "043", "046", "090", "100", "110", "120", "173", "190"]
GOLDSTEIN = {"112": -2.0, "016": -2.0, "130": -4.4, "030": 4.0, "040": 1.0, "190": -10.0}


def row(rng, index, columns):
    year = rng.choice([2012, 2013, 2014])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    sqldate = f"{year}{month:02d}{day:02d}"
    code = rng.choice(MAPPED) if rng.random() < 0.45 else rng.choice(UNMAPPED)
    a1 = rng.choice(COUNTRIES)
    a2 = a1 if rng.random() < 0.05 else rng.choice(COUNTRIES)
    t1, t2 = rng.choice(TYPES), rng.choice(TYPES)
    c1, c2 = a1, a2
    if rng.random() < 0.04:
        c1 = ""
    if rng.random() < 0.04:
        c2 = ""
    sources = rng.randint(1, 5)
    fields = [""] * columns
    fields[0] = str(100000000 + index)
    fields[1] = sqldate
    fields[2] = sqldate[:6]
    fields[3] = str(year)
    fields[4] = f"{year + (month * 30 + day) / 365:.4f}"
    fields[5] = (c1 + t1) if c1 else t1
    fields[6] = (c1 + " " + t1).strip() if c1 else (t1 or "")
    fields[7] = c1
    fields[15] = (c2 + t2) if c2 else t2
    fields[16] = (c2 + " " + t2).strip() if c2 else (t2 or "")
    fields[17] = c2
    fields[25] = "1"
    fields[26] = code
    fields[27] = code[:3]
    fields[28] = code[:2]
    fields[29] = "1"
    fields[30] = str(GOLDSTEIN.get(code, 0.0))
    fields[31] = str(sources * 2)
    fields[32] = str(sources)
    fields[33] = str(sources * 2)
    fields[34] = f"{rng.uniform(-10, 10):.4f}"
    if columns >= 58:
        fields[columns - 2] = sqldate
        fields[columns - 1] = f"http://news.example.org/{year}/{month:02d}/story-{rng.randint(1, 5000)}.html"
    else:
        fields[columns - 1] = sqldate
    return "\t".join(fields)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--format", choices=["gdelt1", "gdelt2"], default="gdelt1")
    parser.add_argument("--no-url", action="store_true", help="gdelt1 only: the 57-column layout")
    args = parser.parse_args()
    columns = 61 if args.format == "gdelt2" else (57 if args.no_url else 58)
    rng = random.Random(args.seed)
    out = sys.stdout
    for index in range(args.rows):
        out.write(row(rng, index, columns))
        out.write("\n")


if __name__ == "__main__":
    main()
