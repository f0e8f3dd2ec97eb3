"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A snake: every even row is path, odd rows join them at alternating ends, and
the fill starts at one end, so about half the grid is painted along a single
path as deep as the region is large.
"""


def snake(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    grid = [[0] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = [1] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = 1
    return [grid, 0, 0, 2]
