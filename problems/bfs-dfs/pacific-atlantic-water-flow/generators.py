"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A channel: a plateau at the top height with a snake-shaped path carved
through the interior, entering from the left edge at height 0 and rising by
1 per cell. The Pacific search climbs the whole path (as deep as it is long);
a search per cell would walk down the path from every cell of it.
"""


def channel(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    top = 100_000
    heights = [[top] * n for _ in range(m)]
    heights[1][0] = 0
    h = 1
    for r in range(1, m - 1):
        if r % 2 == 1:
            cols = range(1, n - 1) if r % 4 == 1 else range(n - 2, 0, -1)
        else:
            cols = [n - 2] if r % 4 == 2 else [1]
        for c in cols:
            heights[r][c] = min(h, top - 1)
            h += 1
    return [heights]
