"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

Every town is reachable from town 0 (a chain through a random order of the
towns, as far as the roads allow) and the other roads join random pairs with
random lengths, so the search settles every town and pushes from every road.
"""


def connected(sizes, rng):
    v, e = sizes["V"], sizes["E"]
    order = list(range(1, v))
    rng.shuffle(order)
    order = [0] + order
    roads = [[order[i], order[i + 1], rng.randint(0, 1_000)] for i in range(min(v - 1, e))]
    while len(roads) < e:
        roads.append([rng.randrange(v), rng.randrange(v), rng.randint(0, 1_000)])
    rng.shuffle(roads)
    return [v, roads, 0]
