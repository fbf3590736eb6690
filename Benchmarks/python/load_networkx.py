#!/usr/bin/env python3
"""Load a StanceGraph claims file the way a Python analyst would.

Builds a networkx.MultiDiGraph with one edge per statement (edge attributes
relation, date, weight and, when present, claim) and prints ONE JSON line:

  {"tool": "pandas+networkx", "file": ..., "format": "csv"|"json",
   "statements": E, "actors": N, "seconds": S, "peak_mb": M}

seconds is the wall time (time.perf_counter) of read + build; with --repeat K
the load is done K times and the minimum is reported. peak_mb is the peak RSS
of this process in MiB (ru_maxrss / 1024, Linux reports KiB).

Formats (chosen by extension: .json is JSON, anything else is CSV):
  CSV  header with source,relation,target,date,weight in any order; optional
       claim, evidence, document columns. Read with pandas (all strings).
  JSON {"actors": [{"id", "name", "kind", "attributes": {...}}, ...],
        "claims": [...],
        "statements": [{"source", "relation", "target", "date", "weight",
                        "claim"?}, ...]}
A blank or missing weight counts as 1.0.
"""

import argparse
import json
import os
import resource
import sys
import time

import networkx as nx
import pandas as pd

TOOL = "pandas+networkx"
REQUIRED_CSV_COLUMNS = ("source", "relation", "target")


def build_from_csv(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: CSV header lacks column(s): {', '.join(missing)}")
    n = len(df)
    sources = df["source"].tolist()
    targets = df["target"].tolist()
    relations = df["relation"].tolist()
    dates = df["date"].tolist() if "date" in df.columns else [""] * n
    if "weight" in df.columns:
        weights = pd.to_numeric(df["weight"], errors="coerce").fillna(1.0).tolist()
    else:
        weights = [1.0] * n

    if "claim" in df.columns:
        claims = df["claim"].tolist()
        attrs = (
            {"relation": r, "date": d, "weight": w, "claim": c}
            if c
            else {"relation": r, "date": d, "weight": w}
            for r, d, w, c in zip(relations, dates, weights, claims)
        )
    else:
        attrs = (
            {"relation": r, "date": d, "weight": w}
            for r, d, w in zip(relations, dates, weights)
        )

    G = nx.MultiDiGraph()
    G.add_edges_from(zip(sources, targets, attrs))
    return G


def _weight(value):
    if value is None or value == "":
        return 1.0
    return float(value)


def _edge_attrs(s):
    d = {"relation": s.get("relation"), "date": s.get("date"), "weight": _weight(s.get("weight"))}
    claim = s.get("claim")
    if claim not in (None, ""):
        d["claim"] = claim
    return d


def build_from_json(path):
    with open(path, "r", encoding="utf-8") as f:
        doc = json.load(f)
    G = nx.MultiDiGraph()
    G.add_nodes_from(
        (
            a["id"],
            {**(a.get("attributes") or {}), "name": a.get("name"), "kind": a.get("kind")},
        )
        for a in doc.get("actors", [])
    )
    G.add_edges_from(
        (s["source"], s["target"], _edge_attrs(s)) for s in doc.get("statements", [])
    )
    return G


def detect_format(path):
    return "json" if path.lower().endswith(".json") else "csv"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file", help="claims file (.csv or .json)")
    p.add_argument("--repeat", type=int, default=1, metavar="K",
                   help="load K times and report the minimum seconds (default 1)")
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    if not os.path.isfile(args.file):
        p.error(f"no such file: {args.file}")

    fmt = detect_format(args.file)
    build = build_from_json if fmt == "json" else build_from_csv

    best = None
    G = None
    for _ in range(args.repeat):
        G = None  # drop the previous graph so repeats do not stack memory
        t0 = time.perf_counter()
        try:
            G = build(args.file)
        except (ValueError, KeyError, TypeError) as e:
            print(f"load_networkx.py: {args.file}: {e!r}", file=sys.stderr)
            return 1
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "tool": TOOL,
        "file": args.file,
        "format": fmt,
        "statements": G.number_of_edges(),
        "actors": G.number_of_nodes(),
        "seconds": round(best, 6),
        "peak_mb": round(peak_mb, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
