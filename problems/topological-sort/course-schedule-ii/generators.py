"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

An acyclic prerequisite graph, so every course must be ordered: a chain
through as many courses as the edges allow, the remaining edges random
forward pairs, labels permuted and edges shuffled.  V and E vary one at a time.
"""


def acyclic(sizes, rng):
    v, e = sizes["V"], sizes["E"]
    if e > v * (v - 1) // 2:
        raise ValueError(f"{e} distinct edges do not fit in an acyclic graph on {v} courses")
    order = list(range(v))
    rng.shuffle(order)
    pairs = set()
    for i in range(min(v - 1, e)):
        pairs.add((i, i + 1))
    while len(pairs) < e:
        a, b = rng.randrange(v), rng.randrange(v)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    edges = [[order[later], order[earlier]] for earlier, later in pairs]
    rng.shuffle(edges)
    return [v, edges]
