#!/usr/bin/env python3
"""Calibration of `attributes.confidence` on the development half.

Runs `stancegraph extract` over the given folders, marks every statement right or wrong
against the folder's gold.csv (after roll-up to states, allies-with in either order, as
`--evaluate` scores), and prints:

  --fit      the step table of StanceExtraction/ConfidenceCalibration.swift: isotonic
             regression (pool adjacent violators) of rightness on the rules' raw confidence,
             each block's rate smoothed as (right + 1) / (n + 2);
  (default)  a reliability table: confidence bins, statements, mean confidence, share right.

Usage (from the package root):
  python3 Tests/StanceExtractionTests/DevSet/scripts/calibration.py --fit dev news-dev
  python3 Tests/StanceExtractionTests/DevSet/scripts/calibration.py news-heldout heldout
--fit reads each statement's `rule-score` attribute (the rules' score before calibration);
the reliability table reads `confidence` (after calibration).
"""
import csv, glob, json, os, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../../.."))
DEVSET = os.path.join(ROOT, "Tests/StanceExtractionTests/DevSet")
BIN = os.environ.get("STANCEGRAPH", os.path.join(ROOT, ".build/debug/stancegraph"))
FIT = len(sys.argv) > 1 and sys.argv[1] == "--fit"


def gold(folder):
    rows = set()
    with open(os.path.join(DEVSET, folder, "gold.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.add(key(row["document"], int(row["sentence"]), row["source"].strip(),
                         row["relation"].strip(), row["target"].strip()))
    return rows


def key(doc, sentence, source, relation, target):
    if relation == "allies-with" and target < source:
        source, target = target, source
    return (doc, sentence, source, relation, target)


def statements(folder):
    if folder == "seed":
        files = [os.path.join(ROOT, "Examples/korea-armistice/article.txt")]
    else:
        files = sorted(glob.glob(os.path.join(DEVSET, folder, "*.txt")))
    out = subprocess.run([BIN, "extract", *files, "--to", "json"], check=True,
                         capture_output=True, text=True).stdout
    data = json.loads(out)
    represents = {a["id"]: a.get("represents") for a in data["actors"]}

    def up(actor):
        for _ in range(8):
            if not represents.get(actor):
                break
            actor = represents[actor]
        return actor

    result = []
    for s in data["statements"]:
        ev = s["evidence"]
        result.append((key(ev["document"], ev["sentence"], up(s["source"]), s["relation"],
                           up(s["target"]) if s.get("target") else ""),
                       float(s["attributes"]["rule-score" if FIT else "confidence"])))
    return result


def marked(folders):
    pairs = []
    for folder in folders:
        g = gold(folder)
        # Gold names are codes or names the gazetteer knows; statements use ids, which for
        # states and organisations are the codes the gold files use.
        for k, confidence in statements(folder):
            pairs.append((confidence, k in g))
    return pairs


def fit(pairs):
    # Statements with the same score are pooled first (ties never straddle two blocks).
    grouped = {}
    for confidence, right in pairs:
        r, n = grouped.get(confidence, (0.0, 0))
        grouped[confidence] = (r + (1.0 if right else 0.0), n + 1)
    blocks = []  # [sum right, n, max confidence]
    for confidence in sorted(grouped):
        r, n = grouped[confidence]
        blocks.append([r, n, confidence])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            r, n, c = blocks.pop()
            blocks[-1][0] += r
            blocks[-1][1] += n
            blocks[-1][2] = c
    print("raw confidence up to | statements | right | calibrated")
    for r, n, c in blocks:
        print(f"{c:.2f} | {n} | {int(r)} | {(r + 1) / (n + 2):.2f}")


def reliability(pairs):
    # One row per confidence value (the calibration has a few steps).
    print("| confidence | statements | right | share right |")
    print("|---|---:|---:|---:|")
    for value in sorted({c for c, _ in pairs}):
        inside = [r for c, r in pairs if c == value]
        right = sum(1 for r in inside if r)
        print(f"| {value:.2f} | {len(inside)} | {right} | {right / len(inside):.2f} |")
    total = len(pairs)
    right = sum(1 for _, r in pairs if r)
    mean = sum(c for c, _ in pairs) / max(total, 1)
    print(f"| all (mean {mean:.2f}) | {total} | {right} | {right / max(total, 1):.2f} |")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--fit":
        fit(marked(args[1:]))
    else:
        reliability(marked(args))
