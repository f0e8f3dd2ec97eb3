"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

An acyclic prerequisite graph, so every course must be ordered: a chain
through as many courses as the edges allow, the remaining edges random
forward pairs, labels permuted and edges shuffled.  V and E vary one at a time.
"""

from judge.packs.graphs import acyclic_prerequisites


def acyclic(sizes, rng):
    return [sizes["V"], acyclic_prerequisites(sizes["V"], sizes["E"], rng)]
