"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A long spine (half the nodes) with the other half hung on random spine
nodes, labels shuffled: the leaf peeling takes about n / 4 rounds, and a
search per root would cost n^2.
"""


def long_path_tree(sizes, rng):
    n = sizes["n"]
    spine = max(n // 2, 1)
    parent = {k: k - 1 for k in range(1, spine)}
    parent.update({k: rng.randrange(spine) for k in range(spine, n)})
    label = list(range(n))
    rng.shuffle(label)
    edges = [[label[k], label[p]] for k, p in parent.items()]
    rng.shuffle(edges)
    return [n, edges]
