#!/usr/bin/env python3
"""Aggregate event files on Spark as `stancegraph import --aggregate` does, with scale/aggregate.sql.

    spark-submit scale/aggregate.py --input 'gdelt/*.export.CSV.gz' --format gdelt1 \
        --level country --period month --output out/

Writes TSV part files (header in each) in stancegraph's edge-list schema: source, relation,
target, date, weight, document, count, first, last. Read them back as one input with
`stancegraph import parts out/ -o month.yaml`.
"""
import argparse
import os
import sys

from pyspark.sql import SparkSession

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "StanceEvents", "Resources")
LAYOUTS = {"gdelt1": "gdelt1-58", "gdelt2": "gdelt2-61", "icews": "icews-20"}
PERIODS = {"day": 10, "month": 7, "year": 4}


def read_layout(name):
    """The layout's column names and the column playing each role (from the layout data file)."""
    columns, roles = [], {}
    with open(os.path.join(RESOURCES, "layouts", name + ".tsv"), encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if not line.startswith("#")]
    for line in lines[1:]:
        name_, _, role = line.partition("\t")
        columns.append(name_)
        if role:
            roles[role] = name_
    return columns, roles


def quoted(name):
    return "`" + name.replace("`", "``") + "`"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="a file, directory or glob (.gz works)")
    parser.add_argument("--format", choices=sorted(LAYOUTS), required=True)
    parser.add_argument("--level", choices=["country", "code", "name"], default="country")
    parser.add_argument("--period", choices=sorted(PERIODS), default="month")
    parser.add_argument("--weight", choices=["goldstein", "count", "sources"], default="goldstein")
    parser.add_argument("--mapping", default=os.path.join(RESOURCES, "cameo-mapping.tsv"))
    parser.add_argument("--preset", help="the mapping's value column (default: the format's)")
    parser.add_argument("--broad-accusations", action="store_true")
    parser.add_argument("--output", required=True, help="a directory for the part files")
    parser.add_argument("--partitions", type=int, default=0, help="output part files (0: Spark's)")
    args = parser.parse_args()

    columns, roles = read_layout(LAYOUTS[args.format])
    spark = SparkSession.builder.appName("stancegraph-aggregate").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    is_icews = args.format == "icews"
    reader = (spark.read.option("sep", "\t").option("quote", "\u0000")
              .option("header", is_icews).option("mode", "PERMISSIVE"))
    schema = ", ".join(f"{quoted(name)} STRING" for name in columns)
    events = reader.schema(schema).csv(args.input)
    if is_icews:
        # ICEWS writes NA for missing values.
        for role in ("source-name", "source-country", "target-name", "target-country"):
            name = roles[role]
            events = events.replace("NA", None, subset=[name])
    events.createOrReplaceTempView("events")

    mapping = (spark.read.option("sep", "\t").option("header", True).option("comment", "#")
               .csv(args.mapping))
    mapping.createOrReplaceTempView("mapping")

    level = {"country": ("source-country", "target-country"),
             "code": ("source-code", "target-code") if "source-code" in roles
             else ("source-name", "target-name"),
             "name": ("source-name", "target-name")}[args.level]
    preset = args.preset or ("icews" if is_icews else "gdelt")
    parameters = {
        "source": quoted(roles[level[0]]),
        "target": quoted(roles[level[1]]),
        "code": quoted(roles["code"]),
        "day": quoted(roles["date"]),
        "document": quoted(roles.get("url") or roles["document"]),
        "sources": quoted(roles["sources"]) if "sources" in roles else "'1'",
        "day_format": "iso" if is_icews else "compact",
        "preset": quoted(preset),
        "broad": "true" if args.broad_accusations else "false",
        "period_length": str(PERIODS[args.period]),
        "weight": args.weight,
    }
    with open(os.path.join(ROOT, "scale", "aggregate.sql"), encoding="utf-8") as handle:
        query = "\n".join(line for line in handle.read().splitlines()
                          if not line.lstrip().startswith("--"))
    for key, value in parameters.items():
        query = query.replace("${" + key + "}", value)
    result = spark.sql(query)
    if args.partitions:
        result = result.coalesce(args.partitions)
    (result.write.mode("overwrite").option("sep", "\t").option("header", True)
     .option("emptyValue", "").csv(args.output))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
