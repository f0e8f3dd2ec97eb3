"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

One region of two halves, filled from the top-left corner: the top half all
of the old colour, which an iterative fill holds about half of on its stack
at once; the bottom half a snake (even rows of the old colour, odd rows
joined at alternating ends), a single path that a recursive fill follows as
deep as it is long.
"""


def block_and_snake(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    block = m // 2
    grid = [[1] * n for _ in range(block)]
    for r in range(m - block):
        row = [1] * n if r % 2 == 0 else [0] * n
        if r % 2:
            row[n - 1 if r % 4 == 1 else 0] = 1
        grid.append(row)
    return [grid, 0, 0, 2]
