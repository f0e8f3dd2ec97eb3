"""Cases for flood-fill. Small grids carry hand-checked answers; the big ones are snakes, spirals and
random blobs whose answers the reference computes."""

import random

EXAMPLES = [
    {"args": [[[1, 1, 0], [1, 0, 2], [1, 1, 1]], 0, 0, 5], "expected": [[5, 5, 0], [5, 0, 2], [5, 5, 5]],
     "explanation": "The 1s form one region through the left column and the bottom row; the 0s and the 2 stay."},
    {"args": [[[4, 4], [4, 4]], 1, 0, 4], "expected": [[4, 4], [4, 4]],
     "explanation": "The new colour equals the old one, so the image is unchanged."},
    {"args": [[[3, 0], [0, 3]], 0, 0, 8], "expected": [[8, 0], [0, 3]],
     "explanation": "The two 3s only touch at a corner, so they are separate regions."},
]


def _snake(m, n, path, wall):
    """A single winding path: full even rows joined by one cell at alternating ends of the odd rows."""
    grid = [[wall] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = [path] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = path
    return grid


def _spiral(n, path, wall):
    """A square spiral corridor from the outer ring to the centre, one wall cell thick."""
    grid = [[wall] * n for _ in range(n)]
    r, c = 0, 0
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    d = 0
    grid[0][0] = path
    while True:
        moved = False
        for _ in range(2):
            dr, dc = dirs[d]
            nr, nc = r + dr, c + dc
            ar, ac = nr + dr, nc + dc  # the cell beyond must stay wall so corridors never touch
            if (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == wall
                    and not (0 <= ar < n and 0 <= ac < n and grid[ar][ac] == path)):
                r, c = nr, nc
                grid[r][c] = path
                moved = True
                break
            d = (d + 1) % 4
        if not moved:
            return grid


def _random(rng, m, n, colours):
    return [[rng.randrange(colours) for _ in range(n)] for _ in range(m)]


def hidden_cases():
    rng = random.Random(733)
    cases = [
        {"tags": ["single"], "args": [[[0]], 0, 0, 5], "expected": [[5]]},
        {"tags": ["single", "same-color"], "args": [[[7]], 0, 0, 7], "expected": [[7]]},
        {"tags": ["same-color"], "args": [[[1, 1], [1, 0]], 0, 0, 1], "expected": [[1, 1], [1, 0]]},
        {"tags": ["same-color"], "args": [[[2, 2, 3], [3, 2, 2]], 1, 1, 2], "expected": [[2, 2, 3], [3, 2, 2]]},
        {"tags": ["diagonal"], "args": [[[1, 0], [0, 1]], 0, 0, 2], "expected": [[2, 0], [0, 1]]},
        {"tags": ["diagonal"], "args": [[[0, 1, 0], [1, 0, 1], [0, 1, 0]], 1, 1, 9],
         "expected": [[0, 1, 0], [1, 9, 1], [0, 1, 0]]},
        {"tags": ["all-equal"], "args": [[[3, 3, 3], [3, 3, 3]], 1, 2, 0], "expected": [[0, 0, 0], [0, 0, 0]]},
        {"tags": ["single-row"], "args": [[[1, 1, 0, 1, 1]], 0, 4, 9], "expected": [[1, 1, 0, 9, 9]]},
        {"tags": ["single-column"], "args": [[[2], [2], [3], [2]], 1, 0, 5], "expected": [[5], [5], [3], [2]]},
        {"tags": ["enclosed", "new-color-is-neighbor"], "args": [[[1, 1, 1], [1, 0, 1], [1, 1, 1]], 1, 1, 1],
         "expected": [[1, 1, 1], [1, 1, 1], [1, 1, 1]]},
        {"tags": ["ring"], "args": [[[1, 1, 1], [1, 0, 1], [1, 1, 1]], 0, 0, 2],
         "expected": [[2, 2, 2], [2, 0, 2], [2, 2, 2]]},
        {"tags": ["zero", "new-color-is-neighbor"], "args": [[[0, 0], [1, 1]], 1, 1, 0],
         "expected": [[0, 0], [0, 0]]},
        {"tags": ["extreme-values"], "args": [[[65535, 0], [65535, 65535]], 1, 1, 0],
         "expected": [[0, 0], [0, 0]]},
        {"tags": ["corner", "top-row"], "args": [[[1, 0, 1], [1, 0, 1], [1, 1, 1]], 2, 2, 4],
         "expected": [[4, 0, 4], [4, 0, 4], [4, 4, 4]]},
        {"tags": ["no-wrap"], "args": [[[5, 0], [0, 0], [5, 0]], 0, 0, 1], "expected": [[1, 0], [0, 0], [5, 0]]},
        {"tags": ["no-wrap"], "args": [[[5, 0, 5]], 0, 0, 1], "expected": [[1, 0, 5]]},
        {"tags": ["no-wrap", "corner"], "args": [[[0, 6, 6], [6, 0, 0], [6, 0, 6]], 2, 2, 3],
         "expected": [[0, 6, 6], [6, 0, 0], [6, 0, 3]]},
        {"tags": ["snake"], "args": [_snake(5, 5, 1, 0), 4, 4, 8],
         "expected": [[8, 8, 8, 8, 8], [0, 0, 0, 0, 8], [8, 8, 8, 8, 8], [8, 0, 0, 0, 0], [8, 8, 8, 8, 8]]},
        {"tags": ["snake", "walls"], "args": [_snake(5, 5, 1, 0), 1, 0, 2],
         "expected": [[1, 1, 1, 1, 1], [2, 2, 2, 2, 1], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0], [1, 1, 1, 1, 1]]},
        {"tags": ["checkerboard"], "args": [[[(r + c) % 2 for c in range(4)] for r in range(4)], 2, 1, 7],
         "expected": [[0, 1, 0, 1], [1, 0, 1, 0], [0, 7, 0, 1], [1, 0, 1, 0]]},
    ]
    for m, n, colours in ((6, 7, 2), (12, 9, 3), (30, 40, 2), (50, 45, 2)):
        grid = _random(rng, m, n, colours)
        cases.append({"tags": ["random"], "args": [grid, rng.randrange(m), rng.randrange(n), rng.randrange(3)]})
    cases.append({"tags": ["spiral", "deep"], "args": [_spiral(41, 5, 6), 0, 0, 7]})

    # Max size, LeetCode's: 50 x 50. A winding path of about 1300 cells makes a sweep-until-stable fill
    # take over a thousand full passes, and a recursive fill over a thousand frames deep; a search that
    # unmarks a pixel when it backs out (backtracking) explores exponentially many paths of an open block.
    big = 50
    cases.append({"tags": ["max-size", "snake", "deep"], "args": [_snake(big, big, 1, 0), 0, 0, 2]})
    cases.append({"tags": ["max-size", "snake", "deep"], "args": [_snake(big - 1, big, 0, 65535), big - 2, big - 1, 9]})
    cases.append({"tags": ["max-size", "spiral", "deep"], "args": [_spiral(big, 3, 4), 0, 0, 5]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[[1] * big for _ in range(big)], big // 2, big // 2, 0]})
    cases.append({"tags": ["max-size", "same-color"], "args": [_snake(big, big, 1, 0), 0, 0, 1]})
    grid = [[0 if rng.random() < 0.65 else 1 for _ in range(big)] for _ in range(big)]  # above percolation
    grid[big // 2][big // 2] = 0
    cases.append({"tags": ["max-size", "random"], "args": [grid, big // 2, big // 2, 2]})
    return cases
