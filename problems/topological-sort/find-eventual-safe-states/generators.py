"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

An acyclic graph, so every node turns out safe and every edge is settled: a
chain through as many nodes as the edges allow, the remaining edges random
forward pairs, labels permuted.  V and E vary one at a time.
"""


def acyclic(sizes, rng):
    v, e = sizes["V"], sizes["E"]
    if e > v * (v - 1) // 2:
        raise ValueError(f"{e} distinct edges do not fit in an acyclic graph on {v} nodes")
    label = list(range(v))
    rng.shuffle(label)
    pairs = {(i, i + 1) for i in range(min(v - 1, e))}
    while len(pairs) < e:
        a, b = rng.randrange(v), rng.randrange(v)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    out = [[] for _ in range(v)]
    for a, b in pairs:
        out[label[a]].append(label[b])
    return [[sorted(succ) for succ in out]]
