"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

Every node is reachable from k = 1 (a chain of links through a random order
of the nodes, as far as the edges allow) and the remaining links are random
distinct pairs with random weights, so the search settles every node and
pushes every link.
"""


def reachable(sizes, rng):
    v, e = sizes["V"], sizes["E"]
    e = min(e, v * (v - 1))
    order = list(range(2, v + 1))
    rng.shuffle(order)
    order = [1] + order
    pairs = set()
    for i in range(min(v - 1, e)):
        pairs.add((order[i], order[i + 1]))
    while len(pairs) < e:
        a, b = rng.randint(1, v), rng.randint(1, v)
        if a != b:
            pairs.add((a, b))
    times = [[a, b, rng.randint(0, 100)] for a, b in pairs]
    rng.shuffle(times)
    return [times, v, 1]
