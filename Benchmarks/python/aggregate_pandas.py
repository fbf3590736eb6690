#!/usr/bin/env python3
"""The pandas baseline of `stancegraph import gdelt1 FILE --aggregate month` (country level).

Reads the GDELT 1.0 file with the layout and mapping data files of StanceEvents, maps codes
(exact code or nearest listed parent, default set only), drops missing actors and self-events,
groups by (source, relation, target, month), and prints {"rows", "statements", "seconds"}.
"""
import json
import os
import sys
import time

import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RESOURCES = os.path.join(ROOT, "Sources", "StanceEvents", "Resources")


def main():
    path = sys.argv[1]
    start = time.perf_counter()
    layout = pd.read_csv(os.path.join(RESOURCES, "layouts", "gdelt1-58.tsv"), sep="\t",
                         comment="#", dtype=str, keep_default_na=False)
    mapping = pd.read_csv(os.path.join(RESOURCES, "cameo-mapping.tsv"), sep="\t", comment="#",
                          dtype=str, keep_default_na=False)
    mapping = mapping.set_index("code")
    events = pd.read_csv(path, sep="\t", header=None, names=list(layout["column"]), dtype=str,
                         keep_default_na=False, quoting=3,
                         usecols=["SQLDATE", "Actor1CountryCode", "Actor2CountryCode",
                                  "EventCode", "SOURCEURL"])
    rows = len(events)
    codes = events["EventCode"].str.strip()
    listed = codes.where(codes.isin(mapping.index))
    for cut in (1, 2):
        parent = codes.str[:-cut]
        listed = listed.fillna(parent.where((codes.str.len() > 1 + cut) & parent.isin(mapping.index)))
    events["relation"] = listed.map(mapping["relation"])
    events["set"] = listed.map(mapping["set"])
    events["weight"] = listed.map(mapping["gdelt"]).astype(float).abs()
    source, target = events["Actor1CountryCode"].str.strip(), events["Actor2CountryCode"].str.strip()
    kept = events[(events["set"] == "default") & (source != "") & (target != "") & (source != target)]
    kept = kept.assign(source=source, target=target, month=kept["SQLDATE"].str[:6],
                       url=kept["SOURCEURL"].replace("", None))
    grouped = kept.groupby(["source", "relation", "target", "month"]).agg(
        weight=("weight", "sum"), count=("weight", "size"), first=("SQLDATE", "min"),
        last=("SQLDATE", "max"), document=("url", "min"))
    seconds = time.perf_counter() - start
    print(json.dumps({"rows": rows, "statements": len(grouped), "seconds": seconds}))


if __name__ == "__main__":
    main()
