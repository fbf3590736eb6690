#!/usr/bin/env python3
"""Generates a signed network with planted blocs as a `source,target,sign` CSV on stdout.

usage: planted.py ACTORS BLOCS P_INSIDE P_ACROSS NOISE SEED

Two actors of the same planted bloc are tied with probability P_INSIDE, positively; two of
different blocs with probability P_ACROSS, negatively; each sign is flipped with probability
NOISE. Like international-relations networks (alliances dense inside, disputes sparse across)
when P_ACROSS is small. Deterministic for a SEED.
"""
import random
import sys

actors, blocs = int(sys.argv[1]), int(sys.argv[2])
inside, across, noise = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
rng = random.Random(int(sys.argv[6]))
group = [rng.randrange(blocs) for _ in range(actors)]
print("source,target,sign")
for a in range(actors):
    for b in range(a + 1, actors):
        same = group[a] == group[b]
        if rng.random() < (inside if same else across):
            positive = same != (rng.random() < noise)
            print(f"a{a},a{b},{1 if positive else -1}")
