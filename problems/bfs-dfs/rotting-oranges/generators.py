"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

The top half a snake of fresh oranges (even rows full, odd rows joined at
alternating ends) with one rotten orange at its start: the rot needs about
m n / 4 minutes, one per orange, so a minute-by-minute rescan of the crate
is quadratic in its size.  The bottom half a checkerboard of rotten
oranges with nothing fresh beside them: the first minute's frontier holds a
quarter of the crate.  The snake ends on a joining row, so only the cell
below its one orange has to stay empty (an empty row between the halves
would be a fixed row of cheaper work, which bends a linear count).
"""


def snake_and_rotten(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    top = max(2, m // 4 * 2)  # even: the snake's last row is a joining row
    grid = [[0] * n for _ in range(m)]
    for r in range(min(top, m)):
        if r % 2 == 0:
            grid[r] = [1] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = 1
    grid[0][0] = 2
    for r in range(top, m):
        grid[r] = [2 if (r + c) % 2 == 0 else 0 for c in range(n)]
    if top < m:  # the cell below the snake's last orange
        grid[top][n - 1 if (top - 1) % 4 == 1 else 0] = 0
    return [grid]
