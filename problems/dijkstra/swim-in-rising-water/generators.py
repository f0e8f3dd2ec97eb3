"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A corridor: a snake through the even rows (odd rows joined at alternating
ends) holds the lowest elevations, rising along it; every other square is
higher, in random order. The swimmer must follow the whole corridor, so the
search settles about half the pool, and a relax-until-stable sweep needs a
pass per corridor square.
"""


def corridor(sizes, rng):
    n = sizes["n"]
    path = []
    for r in range(n):
        if r % 2 == 0:
            path += [(r, c) for c in (range(n) if r % 4 == 0 else range(n - 1, -1, -1))]
        else:
            path.append((r, n - 1 if r % 4 == 1 else 0))
    if (n - 1, n - 1) not in path:
        path.append((n - 1, n - 1))
    grid = [[-1] * n for _ in range(n)]
    for value, (r, c) in enumerate(path):
        grid[r][c] = value
    rest = list(range(len(path), n * n))
    rng.shuffle(rest)
    it = iter(rest)
    for r in range(n):
        for c in range(n):
            if grid[r][c] < 0:
                grid[r][c] = next(it)
    return [grid]
