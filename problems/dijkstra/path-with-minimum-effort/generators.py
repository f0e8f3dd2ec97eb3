"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A maze: a snake-shaped corridor (every even row, odd rows joined at
alternating ends) whose heights rise by 1 a step, walled by cells at the top
height. The cheapest route follows the whole corridor, so the search settles
about half the cells before it reaches the corner, and a relax-until-stable
sweep needs a pass per corridor cell.
"""


def maze(sizes, rng):
    m, n = sizes["m"], sizes["n"]
    heights = [[1_000_000] * n for _ in range(m)]
    h = 1
    for r in range(m):
        if r % 2 == 0:
            cols = range(n) if r % 4 == 0 else range(n - 1, -1, -1)
        else:
            cols = [n - 1] if r % 4 == 1 else [0]
        for c in cols:
            heights[r][c] = h
            h += 1
    if heights[m - 1][n - 1] == 1_000_000:
        heights[m - 1][n - 1] = h  # the corridor may end elsewhere on the last row; open the corner
    return [heights]
