"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A snake: every even row is land, odd rows join them at alternating ends, so
one island of about m n / 2 cells is a single path, explored as deeply as a
search can go; every cell is scanned either way.
"""


def snake(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    grid = [["0"] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = ["1"] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = "1"
    return [grid]
