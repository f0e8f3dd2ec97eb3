"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

Every cell has to be read whatever the roads are; here about a quarter of
the pairs are joined, along with a chain through all the cities in a
shuffled order, so there is one province and plenty of merging to do.
"""


def dense_with_chain(sizes, rng):
    n = sizes["n"]
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        m[i][i] = 1
        for j in range(i):
            if rng.random() < 0.25:
                m[i][j] = m[j][i] = 1
    order = list(range(n))
    rng.shuffle(order)
    for a, b in zip(order, order[1:]):
        m[a][b] = m[b][a] = 1
    return [m]
