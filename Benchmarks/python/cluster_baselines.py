#!/usr/bin/env python3
"""Alliance-bloc baselines: correlation clustering of a claims CSV with leidenalg and igraph.

Reads a CSV written by `stancegraph generate ... -o FILE.csv` (header
source,relation,target,date and an optional weight column), projects it onto
an undirected signed weighted graph the way `stancegraph clusters --weights
unit` does, clusters it, and prints ONE JSON line per tool:

  {"tool": "leidenalg-cpm" | "igraph-spinglass-neg", "file": ..., "actors": n,
   "ties": t, "seconds": S, "build_seconds": B, "disagreement": D,
   "blocs": k, "singletons": s, "ari": A, "peak_mb": M, ...}

Projection (unit weights): allies-with = +1; accuses, denies, warns = -1; times
the statement's weight (blank or missing = 1). Statements are summed per
unordered pair {source, target}; self pairs are ignored and pairs summing to
exactly 0 carry no tie. Every actor named in the file is a node, even when all
its ties cancel out.

Objective: DISAGREEMENT = sum of |w| over negative ties inside blocs + sum of w
over positive ties between blocs. It equals P - W_in (P = total positive
weight, W_in = total signed weight inside blocs), so minimising it is
maximising leidenalg's CPM quality with resolution 0. The disagreement is
computed here from the membership, by `disagreement()`, for every tool.

Truth: the generator deals actors round-robin into K blocs, so actor `aNNN`
(index NNN) is in planted bloc NNN mod K; K comes from --blocs. ari is the
adjusted Rand index of the partition against it.

Timing: build_seconds = read CSV + project + build the igraph Graph;
seconds = wall time (time.perf_counter) of the clustering call(s) only.
peak_mb = ru_maxrss / 1024 (Linux reports KiB) of the process that clustered:
this process for leidenalg; for spinglass, the forked child that ran it (its
RSS includes the graph shared from the parent).

Tools:
  leiden     la.find_partition(g, la.CPMVertexPartition, weights="weight",
             resolution_parameter=0, n_iterations=-1, seed=S) (--n-iterations
             changes the -1, which iterates until an iteration gains nothing). With
             --restarts R > 1, seeds S .. S+R-1 are run and the line reports
             the best partition (lowest disagreement), best_seed, and the
             total seconds of all R runs.
  spinglass  g.community_spinglass(weights="weight", implementation="neg",
             spins=2K (or --spins), gamma=1, lambda_=1), seeded through
             Python's `random` (igraph's default RNG), run in a forked child
             killed after --spinglass-timeout seconds. Only for graphs of at
             most --spinglass-max-nodes actors. spinglass needs a connected
             graph: on a disconnected one it runs on the largest component,
             and the line says "component_only": true and reports actors,
             ties, disagreement and ari for that component only. NOTE: with
             implementation="neg" spinglass maximises the signed modularity of
             Traag & Bruggeman (2009), (A+ - gamma*k+k+/2m+) - (A- -
             lambda*k-k-/2m-), not the disagreement; it is a related baseline,
             not the same objective.

Usage:
  cluster_baselines.py FILE.csv --blocs K [--seed S] [--tools leiden,spinglass]
                       [--restarts R] [--n-iterations N] [--spins N] [--spinglass-max-nodes N]
                       [--spinglass-timeout SECONDS]
  cluster_baselines.py --self-test
"""

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import resource
import sys
import time

import igraph as ig
import leidenalg as la
import numpy as np
import pandas as pd

PROG = "cluster_baselines.py"
LEIDEN = "leidenalg-cpm"
SPINGLASS = "igraph-spinglass-neg"
REQUIRED_CSV_COLUMNS = ("source", "relation", "target")

# Unit weighting policy (WeightingPolicy.unit in the Swift code).
UNIT_SIGNS = {"allies-with": 1.0, "accuses": -1.0, "denies": -1.0, "warns": -1.0}
# Forgiving spellings, as the Swift reader accepts: case, '_' or ' ' for '-', inflections.
_ALIASES = {
    "allies-with": "allies-with", "allieswith": "allies-with", "ally-with": "allies-with",
    "allied-with": "allies-with", "allies": "allies-with", "ally": "allies-with",
    "accuses": "accuses", "accuse": "accuses", "accused": "accuses",
    "denies": "denies", "deny": "denies", "denied": "denies",
    "warns": "warns", "warn": "warns", "warned": "warns",
}
ACTOR_INDEX = re.compile(r"^a(\d+)$")


def peak_mb():
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def relation_sign(relation):
    key = re.sub(r"[\s_]+", "-", relation.strip().lower())
    canonical = _ALIASES.get(key)
    if canonical is None:
        raise ValueError(f"unknown relation {relation!r}")
    return UNIT_SIGNS[canonical]


# ---------------------------------------------------------------------------
# Projection and graph building


def project(sources, relations, targets, weights=None):
    """Signed undirected projection of statements.

    Returns (names, u, v, w): the sorted actor ids (node i is names[i]) and the
    ties as parallel arrays with u < v and w != 0.
    """
    sources = np.asarray(sources, dtype=object)
    targets = np.asarray(targets, dtype=object)
    relations = pd.Series(np.asarray(relations, dtype=object))
    # Map the few distinct relation spellings, not every row.
    signs = relations.map({r: relation_sign(r) for r in relations.unique()}).to_numpy(float)
    if weights is not None:
        signs = signs * np.asarray(weights, dtype=float)
    codes, names = pd.factorize(np.concatenate([sources, targets]), sort=True)
    n_statements = len(sources)
    s_codes, t_codes = codes[:n_statements], codes[n_statements:]
    keep = s_codes != t_codes  # self pairs are ignored
    a, b, x = s_codes[keep], t_codes[keep], signs[keep]
    lo = np.minimum(a, b).astype(np.int64)
    hi = np.maximum(a, b).astype(np.int64)
    n = len(names)
    pair_keys, inverse = np.unique(lo * n + hi, return_inverse=True)
    sums = np.bincount(inverse, weights=x, minlength=len(pair_keys))
    nonzero = sums != 0.0  # a pair summing to exactly 0 carries no tie
    pair_keys, sums = pair_keys[nonzero], sums[nonzero]
    return list(names), pair_keys // n, pair_keys % n, sums


def read_claims_csv(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in REQUIRED_CSV_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"CSV header lacks column(s): {', '.join(missing)}")
    weights = None
    if "weight" in df.columns:
        weights = pd.to_numeric(df["weight"].replace("", np.nan), errors="coerce").fillna(1.0)
    return project(df["source"].to_numpy(), df["relation"].to_numpy(),
                   df["target"].to_numpy(), None if weights is None else weights.to_numpy())


def build_graph(names, u, v, w):
    g = ig.Graph(n=len(names), edges=np.column_stack([u, v]).tolist(), directed=False)
    g.vs["name"] = names
    g.es["weight"] = w.tolist()
    return g


# ---------------------------------------------------------------------------
# Evaluation


def disagreement(u, v, w, membership):
    """Correlation-clustering disagreement of `membership` (node -> bloc label).

    Sum of |w| over negative ties inside blocs plus sum of w over positive ties
    between blocs. u, v, w are parallel arrays of ties.
    """
    m = np.asarray(membership)
    u, v, w = np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64), np.asarray(w, float)
    inside = m[u] == m[v]
    return float(-w[inside & (w < 0)].sum() + w[~inside & (w > 0)].sum())


def adjusted_rand_index(a, b):
    """Adjusted Rand index of two labelings (Hubert & Arabie 1985); 1.0 for identical ones."""
    a = np.unique(np.asarray(a), return_inverse=True)[1]
    b = np.unique(np.asarray(b), return_inverse=True)[1]
    n = len(a)
    if n < 2:
        return 1.0
    cells = np.unique(a.astype(np.int64) * (b.max() + 1) + b, return_counts=True)[1]

    def pairs(x):
        x = np.asarray(x, dtype=float)
        return float((x * (x - 1) / 2).sum())

    index = pairs(cells)
    sum_a, sum_b = pairs(np.bincount(a)), pairs(np.bincount(b))
    expected = sum_a * sum_b / (n * (n - 1) / 2)
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:  # both labelings trivial (all one bloc or all singletons)
        return 1.0
    return (index - expected) / (maximum - expected)


def planted_blocs(names, k):
    out = []
    for name in names:
        match = ACTOR_INDEX.match(name)
        if match is None:
            raise ValueError(f"actor id {name!r} is not of the generator's form aNNN")
        out.append(int(match.group(1)) % k)
    return out


def describe(membership):
    sizes = np.bincount(np.unique(np.asarray(membership), return_inverse=True)[1])
    return int(len(sizes)), int((sizes == 1).sum())


# ---------------------------------------------------------------------------
# Tools


def run_leiden(g, seed, restarts, n_iterations=-1):
    best = None  # (signed weight inside blocs, seed, membership)
    total = 0.0
    qualities = []
    for s in range(seed, seed + restarts):
        t0 = time.perf_counter()
        part = la.find_partition(g, la.CPMVertexPartition, weights="weight",
                                 resolution_parameter=0, n_iterations=n_iterations, seed=s)
        total += time.perf_counter() - t0
        q = part.total_weight_in_all_comms()  # = CPM quality / 2 at resolution 0, undirected
        qualities.append(q)
        if best is None or q > best[0]:
            best = (q, s, list(part.membership))
    return best, total, qualities


def _spinglass_child(conn, g, seed, spins):
    try:
        random.seed(seed)  # python-igraph's default RNG is Python's `random`
        t0 = time.perf_counter()
        clustering = g.community_spinglass(weights="weight", implementation="neg",
                                           spins=spins, gamma=1, lambda_=1)
        elapsed = time.perf_counter() - t0
        conn.send(("ok", list(clustering.membership), elapsed, peak_mb()))
    except Exception as e:  # report, do not hang the parent
        conn.send(("error", f"{type(e).__name__}: {e}", None, None))
    finally:
        conn.close()


def run_spinglass(g, seed, spins, timeout):
    """Runs spinglass in a forked child; returns (status, payload...)."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_spinglass_child, args=(child, g, seed, spins), daemon=True)
    proc.start()
    child.close()
    result = None
    if parent.poll(timeout):
        try:
            result = parent.recv()
        except EOFError:
            result = None
    if result is None:
        alive = proc.is_alive()
        if alive:
            proc.terminate()
            proc.join(5)
            if proc.is_alive():
                proc.kill()
        proc.join()
        if alive:
            return ("timeout", f"timed out after {timeout:g} s")
        return ("error", f"child exited with code {proc.exitcode}")
    proc.join()
    return result


# ---------------------------------------------------------------------------
# Self-test on hand-made examples


def self_test():
    # Four actors; a, b allies (+2), c, d allies (+1), a accuses c (-1),
    # b accuses d twice and allies once (-1 net), a allies-with d (+1),
    # b warns c and allies c (0: no tie), a accuses a (self: ignored).
    rows = [
        ("a", "allies-with", "b", 2.0), ("b", "allies-with", "a", None),
        ("c", "allies-with", "d", None), ("a", "accuses", "c", None),
        ("b", "accuses", "d", None), ("d", "denies", "b", None), ("b", "allies-with", "d", None),
        ("a", "allies-with", "d", None), ("b", "warns", "c", None), ("c", "allies-with", "b", None),
        ("a", "accuses", "a", None),
    ]
    names, u, v, w = project([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                             [1.0 if r[3] is None else r[3] for r in rows])
    ties = {(names[i], names[j]): x for i, j, x in zip(u, v, w)}
    assert names == ["a", "b", "c", "d"], names
    assert ties == {("a", "b"): 3.0, ("c", "d"): 1.0, ("a", "c"): -1.0,
                    ("b", "d"): -1.0, ("a", "d"): 1.0}, ties
    # Blocs {a,b} {c,d}: the only disagreement is the positive a-d tie between blocs: 1.
    assert disagreement(u, v, w, [0, 0, 1, 1]) == 1.0
    # Everyone together: negative a-c and b-d inside: 1 + 1 = 2.
    assert disagreement(u, v, w, [0, 0, 0, 0]) == 2.0
    # All singletons: every positive tie is between blocs: 3 + 1 + 1 = 5.
    assert disagreement(u, v, w, [0, 1, 2, 3]) == 5.0
    # {a,b,d} {c}: a-b (+3) in, b-d (-1) in -> 1, a-d (+1) in, c-d (+1) between -> 1: 2.
    assert disagreement(u, v, w, [7, 7, 3, 7]) == 2.0
    # D = P - W_in: checked against leidenalg's CPM quality at resolution 0.
    g = build_graph(names, u, v, w)
    positive = float(w[w > 0].sum())
    for membership in ([0, 0, 1, 1], [0, 0, 0, 0], [0, 1, 2, 3], [2, 2, 1, 2]):
        part = la.CPMVertexPartition(g, initial_membership=membership, weights="weight",
                                     resolution_parameter=0)
        # (quality() is twice the inside weight on undirected graphs; use the inside weight.)
        assert abs(positive - part.total_weight_in_all_comms()
                   - disagreement(u, v, w, membership)) < 1e-9
    # The optimum of this example is {a,b} {c,d} with disagreement 1.
    best, _, _ = run_leiden(g, 1, 3)
    assert disagreement(u, v, w, best[2]) == 1.0, best
    # ARI against igraph's implementation.
    rng = np.random.default_rng(0)
    for _ in range(50):
        x = rng.integers(0, 4, 30).tolist()
        y = rng.integers(0, 5, 30).tolist()
        ours, theirs = adjusted_rand_index(x, y), ig.compare_communities(x, y, method="ari")
        assert abs(ours - theirs) < 1e-12, (ours, theirs)
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 2, 2]) == 1.0
    assert planted_blocs(["a007", "a010", "a3"], 4) == [3, 2, 3]
    print(f"{PROG}: self-test passed", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------


def main(argv=None):
    p = argparse.ArgumentParser(
        prog=PROG, description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", nargs="?", help="claims CSV from `stancegraph generate`")
    p.add_argument("--blocs", type=int, metavar="K",
                   help="number of planted blocs the file was generated with (required)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="seed (default 1)")
    p.add_argument("--tools", default="leiden,spinglass",
                   help="comma-separated: leiden, spinglass (default both)")
    p.add_argument("--restarts", type=int, default=1, metavar="R",
                   help="leiden: best of R seeds S..S+R-1, with total time (default 1)")
    p.add_argument("--n-iterations", type=int, default=-1, metavar="N",
                   help="leiden: iterations; -1 (default) iterates until stable")
    p.add_argument("--spins", type=int, metavar="N",
                   help="spinglass: number of spins (default 2 * --blocs)")
    p.add_argument("--spinglass-max-nodes", type=int, default=2000, metavar="N",
                   help="skip spinglass on graphs with more actors (default 2000)")
    p.add_argument("--spinglass-timeout", type=float, default=300, metavar="SECONDS",
                   help="kill spinglass after this many seconds (default 300)")
    p.add_argument("--self-test", action="store_true",
                   help="check the projection, disagreement and ARI on hand-made examples")
    args = p.parse_args(argv)
    if args.self_test:
        return self_test()
    if args.file is None:
        p.error("FILE.csv is required")
    if args.blocs is None or args.blocs < 1:
        p.error("--blocs K (K >= 1) is required")
    if args.restarts < 1:
        p.error("--restarts must be at least 1")
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in ("leiden", "spinglass")]
    if unknown:
        p.error(f"unknown tool(s): {', '.join(unknown)} (use leiden, spinglass)")
    if not os.path.isfile(args.file):
        p.error(f"no such file: {args.file}")
    spins = args.spins if args.spins is not None else 2 * args.blocs

    t0 = time.perf_counter()
    try:
        names, u, v, w = read_claims_csv(args.file)
        truth = planted_blocs(names, args.blocs)
    except (ValueError, KeyError) as e:
        print(f"{PROG}: {args.file}: {e}", file=sys.stderr)
        return 1
    g = build_graph(names, u, v, w)
    build_seconds = time.perf_counter() - t0
    n, t = g.vcount(), g.ecount()
    positive = float(w[w > 0].sum())
    base = {"file": args.file, "actors": n, "ties": t}

    for tool in tools:
        if tool == "leiden":
            (quality, best_seed, membership), seconds, qualities = run_leiden(
                g, args.seed, args.restarts, args.n_iterations)
            d = disagreement(u, v, w, membership)
            if abs((positive - quality) - d) > 1e-6 * max(1.0, positive):
                print(f"{PROG}: warning: disagreement {d} != P - inside weight "
                      f"{positive - quality}", file=sys.stderr)
            blocs, singletons = describe(membership)
            line = {"tool": LEIDEN, **base, "seconds": round(seconds, 6),
                    "build_seconds": round(build_seconds, 6), "disagreement": d,
                    "blocs": blocs, "singletons": singletons,
                    "ari": round(adjusted_rand_index(membership, truth), 6),
                    "peak_mb": peak_mb(), "seed": args.seed}
            if args.n_iterations != -1:
                line["n_iterations"] = args.n_iterations
            if args.restarts > 1:
                line.update({"restarts": args.restarts, "best_seed": best_seed,
                             "disagreement_worst": positive - min(qualities)})
            print(json.dumps(line), flush=True)
        else:
            if n > args.spinglass_max_nodes:
                print(json.dumps({"tool": SPINGLASS, **base, "skipped":
                                  f"{n} actors > --spinglass-max-nodes "
                                  f"{args.spinglass_max_nodes}"}), flush=True)
                continue
            component_only = not g.is_connected()
            if component_only:
                keep = max(g.connected_components(), key=len)
                sub = g.induced_subgraph(keep)
            else:
                keep = list(range(n))
                sub = g
            if sub.ecount() == 0:
                print(json.dumps({"tool": SPINGLASS, **base, "skipped": "no ties"}), flush=True)
                continue
            result = run_spinglass(sub, args.seed, spins, args.spinglass_timeout)
            if result[0] != "ok":
                print(json.dumps({"tool": SPINGLASS, **base, "skipped": result[1],
                                  "component_only": component_only}), flush=True)
                continue
            _, membership, seconds, child_peak = result
            edges = sub.get_edgelist()
            su = np.fromiter((e[0] for e in edges), np.int64, len(edges))
            sv = np.fromiter((e[1] for e in edges), np.int64, len(edges))
            sw = np.asarray(sub.es["weight"], float)
            blocs, singletons = describe(membership)
            line = {"tool": SPINGLASS, "file": args.file,
                    "actors": sub.vcount(), "ties": sub.ecount(),
                    "seconds": round(seconds, 6), "build_seconds": round(build_seconds, 6),
                    "disagreement": disagreement(su, sv, sw, membership),
                    "blocs": blocs, "singletons": singletons,
                    "ari": round(adjusted_rand_index(membership, [truth[i] for i in keep]), 6),
                    "peak_mb": child_peak, "seed": args.seed, "spins": spins,
                    "component_only": component_only}
            if component_only:
                line.update({"graph_actors": n, "graph_ties": t})
            print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
