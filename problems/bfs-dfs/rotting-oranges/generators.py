"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A snake of fresh oranges (every even row full, odd rows joined at alternating
ends) with one rotten orange at its start: the rot needs about m n / 2
minutes, one per orange, so a minute-by-minute rescan of the crate is
quadratic in its size.
"""


def snake(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    grid = [[0] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = [1] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = 1
    grid[0][0] = 2
    return [grid]
