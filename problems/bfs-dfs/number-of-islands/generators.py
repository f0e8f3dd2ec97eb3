"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

One island of two halves, every cell scanned either way: the top half all
land, which an iterative search holds about half of on its stack at once
(each popped cell pushes its unvisited neighbours below and beside it); the
bottom half a snake (even rows land, odd rows joined at alternating ends),
a single path that a recursive search follows as deep as it is long.
"""


def block_and_snake(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    block = m // 2
    grid = [["1"] * n for _ in range(block)]
    for r in range(m - block):
        row = ["1"] * n if r % 2 == 0 else ["0"] * n
        if r % 2:
            row[n - 1 if r % 4 == 1 else 0] = "1"
        grid.append(row)
    return [grid]
