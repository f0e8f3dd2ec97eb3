"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A path through as many vertices as the edges allow, from `source` at one end
to `destination` at the other, then random extra edges; labels permuted and
edges shuffled, so a search has to cover the whole piece before it arrives.
V and E vary one at a time.
"""


def far_apart(sizes, rng):
    v, e = sizes["V"], sizes["E"]
    if e > v * (v - 1) // 2:
        raise ValueError(f"{e} distinct edges do not fit in a graph on {v} vertices")
    label = list(range(v))
    rng.shuffle(label)
    length = min(v - 1, e)
    pairs = {(i, i + 1) for i in range(length)}
    while len(pairs) < e:
        a, b = rng.randrange(v), rng.randrange(v)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    edges = [[label[a], label[b]] for a, b in pairs]
    rng.shuffle(edges)
    return [v, edges, label[0], label[length]]
