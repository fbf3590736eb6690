#!/usr/bin/env python3
"""A seeded mutation driver for the CLI surface (issue 14, "The fuzzers gain the CLI surface").

Runs the built `stancegraph` binary on mutated claims files with randomly chosen subcommands
and options, and checks every run:

- no crash: the process is not killed by a signal (SIGSEGV, SIGILL from a Swift trap, SIGABRT)
  and exits 0, 1 or 64 (ArgumentParser's usage error);
- no hang: every run finishes within --timeout seconds, under a 2 GB address-space limit;
- outputs are checked by a real parser: `--json` output is parsed with Python's json module,
  GraphML with xml.etree, DOT must open with `digraph`/`graph`, and every claims file a
  successful `convert` writes is read back by `stancegraph validate` (everything written
  reads back);
- no raw Swift runtime message ("Fatal error", "Illegal instruction") on stderr.

A finding is saved under .build-fuzz/cli-findings/<n>/ (the input, the command, the output)
and the driver exits 1. Deterministic for a given --seed.

    python3 Fuzz/cli_mutate.py .build/release/stancegraph --seconds 60 --seed 1
"""

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMATS = ["json", "yaml", "csv", "tsv", "jsonl"]

# Fragments that past attacks used (issue 14 and the fuzzers' findings).
HOSTILE = [
    "\x00", "\x01", "\x1b[31m", "\u0085", "\ufeff", "\ufffd", "\t", "\r\n", "\\u0000",
    '"', "'", "\\", "{", "}", "[", "]", ":", ",", "- ", "&a", "*a", "!!binary", "<script>",
    "1e309", "-0", "4294967296", "999999999999999999999", "NaN", "null", "true",
    '"attributes": {"k": "1", "k": "2"}', '"metadata": {"a": "1", "a": "2"}',
    "[" * 2000, "]" * 2000, "a" * 70000, ",x" * 3000, "\n" * 50,
]

COMMANDS = [
    (["validate"], None),
    (["stats", "--json"], "json"),
    (["stats"], None),
    (["query", "--to", "json"], "json"),
    (["query"], None),
    (["stances", "--json"], "json"),
    (["stances", "--roll-up", "--json"], "json"),
    (["positions", "--json"], "json"),
    (["clusters", "--json"], "json"),
    (["clusters", "--method", "fast"], None),
    (["balance", "--json"], "json"),
    (["actors", "--json"], "json"),
    (["dot", "--clusters", "--legend"], "dot"),
    (["export", "-o", "out.graphml"], "graphml-file"),
    (["export", "-o", "out.json"], "json-file"),
]


def limit_resources():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(binary, arguments, folder, timeout, stdin=None):
    try:
        completed = subprocess.run(
            [binary] + arguments, cwd=folder, input=stdin, capture_output=True, timeout=timeout,
            preexec_fn=limit_resources)
    except subprocess.TimeoutExpired:
        return None
    return completed


def seeds(binary, folder):
    """The example in every format, and the test fixtures."""
    korea = os.path.join(ROOT, "Examples", "korea-armistice", "claims.yaml")
    texts = [open(korea, "rb").read()]
    for form in FORMATS:
        out = os.path.join(folder, "seed." + form)
        subprocess.run([binary, "convert", korea, "-o", out], capture_output=True, check=True)
        texts.append(open(out, "rb").read())
    gahuku = os.path.join(ROOT, "Tests", "StanceAnalysisTests", "Fixtures", "gahuku-gama.csv")
    if os.path.exists(gahuku):
        texts.append(open(gahuku, "rb").read())
    return texts


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        choice = rng.random()
        position = rng.randint(0, len(data)) if data else 0
        if choice < 0.35:
            fragment = rng.choice(HOSTILE).encode("utf-8", "surrogatepass")
            data[position:position] = fragment
        elif choice < 0.55 and data:
            data[min(position, len(data) - 1)] = rng.randint(0, 255)
        elif choice < 0.7 and data:
            end = min(len(data), position + rng.randint(1, 64))
            del data[position:end]
        elif choice < 0.85 and data:
            # Repeat a slice: duplicate keys, actors, statements.
            start = rng.randint(0, len(data) - 1)
            piece = data[start:start + rng.randint(1, 200)]
            data[position:position] = piece * rng.randint(1, 20)
        else:
            line_start = data.rfind(b"\n", 0, position) + 1
            line_end = data.find(b"\n", position)
            line_end = len(data) if line_end < 0 else line_end
            line = data[line_start:line_end]
            data[line_end:line_end] = b"\n" + line
    return bytes(data)


def check_output(kind, result, folder, binary, timeout):
    """A problem with a successful run's output, or None."""
    if kind == "json":
        try:
            json.loads(result.stdout.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            return "stdout is not JSON: %s" % error
    elif kind == "dot":
        text = result.stdout.decode("utf-8", "replace").lstrip()
        if not (text.startswith("digraph") or text.startswith("graph")):
            return "stdout is not DOT"
    elif kind == "graphml-file":
        try:
            ElementTree.parse(os.path.join(folder, "out.graphml"))
        except ElementTree.ParseError as error:
            return "GraphML does not parse: %s" % error
    elif kind == "json-file":
        try:
            json.load(open(os.path.join(folder, "out.json"), encoding="utf-8"))
        except ValueError as error:
            return "node-link JSON does not parse: %s" % error
    elif kind == "claims-file":
        back = run(binary, ["validate", result.output_file], folder, timeout)
        if back is None or back.returncode != 0:
            return "what convert wrote does not read back: %s" % (
                "timeout" if back is None else back.stderr.decode("utf-8", "replace")[:500])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    rng = random.Random(options.seed)
    findings_root = os.path.join(ROOT, ".build-fuzz", "cli-findings")
    folder = tempfile.mkdtemp(prefix="stancegraph-cli-fuzz-")
    texts = seeds(binary, folder)
    deadline = time.monotonic() + options.seconds
    runs = 0
    findings = 0
    while time.monotonic() < deadline:
        form = rng.choice(FORMATS)
        data = mutate(rng.choice(texts), rng)
        name = "in." + form
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)
        if rng.random() < 0.15:
            arguments, kind = ["convert", name, "-o", "out." + rng.choice(FORMATS)], "claims-file"
        else:
            arguments, kind = COMMANDS[rng.randrange(len(COMMANDS))]
            arguments = [arguments[0], name] + arguments[1:]
        use_stdin = rng.random() < 0.1
        if use_stdin:
            arguments = [a if a != name else "-" for a in arguments] + ["--from", form]
        result = run(binary, arguments, folder, options.timeout, data if use_stdin else None)
        runs += 1
        problem = None
        if result is None:
            problem = "timeout after %s s" % options.timeout
        elif result.returncode < 0:
            problem = "killed by signal %d" % -result.returncode
        elif result.returncode not in (0, 1, 64):
            problem = "exit status %d" % result.returncode
        elif b"Fatal error" in result.stderr or b"Illegal instruction" in result.stderr:
            problem = "Swift runtime message on stderr"
        elif result.returncode == 0 and kind is not None:
            if kind == "claims-file":
                result.output_file = arguments[3]
            problem = check_output(kind, result, folder, binary, options.timeout)
        if problem:
            findings += 1
            target = os.path.join(findings_root, str(findings))
            os.makedirs(target, exist_ok=True)
            shutil.copy(os.path.join(folder, name), os.path.join(target, name))
            with open(os.path.join(target, "finding.txt"), "w", encoding="utf-8") as handle:
                handle.write("%s\n$ stancegraph %s\n" % (problem, " ".join(arguments)))
                if result is not None:
                    handle.write("--- stderr\n%s\n" % result.stderr.decode("utf-8", "replace")[:4000])
            print("FINDING %d: %s: stancegraph %s (saved in %s)" % (
                findings, problem, " ".join(arguments), target))
    shutil.rmtree(folder, ignore_errors=True)
    print("cli fuzz: %d runs in %.0f s, %d findings (seed %d)" % (
        runs, options.seconds, findings, options.seed))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
