"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

An acyclic prerequisite graph, so no solution can stop early at a cycle: a
chain through as many courses as the edges allow (deepest recursion, longest
Kahn wave), the remaining edges random forward pairs, labels permuted and
edges shuffled so that input order helps nobody.  V and E vary one at a time.
"""


def acyclic(sizes, rng):
    return [sizes["V"], acyclic_edges(sizes["V"], sizes["E"], rng)]


def acyclic_edges(v, e, rng):
    if e > v * (v - 1) // 2:
        raise ValueError(f"{e} distinct edges do not fit in an acyclic graph on {v} courses")
    order = list(range(v))
    rng.shuffle(order)  # order[i] comes before order[i + 1]
    pairs = set()
    for i in range(min(v - 1, e)):
        pairs.add((i, i + 1))
    while len(pairs) < e:
        a, b = rng.randrange(v), rng.randrange(v)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    edges = [[order[later], order[earlier]] for earlier, later in pairs]  # [course, prereq]
    rng.shuffle(edges)
    return edges
