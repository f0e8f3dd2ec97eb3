"""Cases for rotting-oranges: 0 empty, 1 fresh, 2 rotten."""

import random

EXAMPLES = [
    {"args": [[[2, 1, 1], [0, 1, 1], [1, 0, 1]]], "expected": -1,
     "explanation": "The orange in the bottom-left corner has empty cells above and to its right: it never rots."},
    {"args": [[[2, 1, 1], [1, 1, 0], [0, 1, 1]]], "expected": 4,
     "explanation": "The rot spreads one step a minute; the bottom-right orange is 4 steps from the rotten one."},
    {"args": [[[0, 2, 0]]], "expected": 0, "explanation": "No fresh orange to begin with: 0 minutes."},
]


def _snake(m, n):
    grid = [[0] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = [1] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = 1
    return grid


def _random(rng, m, n, empty, rotten):
    grid = []
    for _ in range(m):
        row = []
        for _ in range(n):
            x = rng.random()
            row.append(0 if x < empty else 2 if x < empty + rotten else 1)
        grid.append(row)
    return grid


def _drop_unreachable(grid):
    """Empty the cells of fresh oranges that can never rot, so the answer is a number of minutes."""
    m, n = len(grid), len(grid[0])
    reached = [[grid[r][c] == 2 for c in range(n)] for r in range(m)]
    stack = [(r, c) for r in range(m) for c in range(n) if reached[r][c]]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and not reached[nr][nc]:
                reached[nr][nc] = True
                stack.append((nr, nc))
    return [[0 if grid[r][c] == 1 and not reached[r][c] else grid[r][c] for c in range(n)] for r in range(m)]


def hidden_cases():
    rng = random.Random(994)
    cases = [
        {"tags": ["single", "empty"], "args": [[[0]]], "expected": 0},
        {"tags": ["single", "fresh"], "args": [[[1]]], "expected": -1},
        {"tags": ["single", "rotten"], "args": [[[2]]], "expected": 0},
        {"tags": ["all-empty"], "args": [[[0, 0, 0], [0, 0, 0]]], "expected": 0},
        {"tags": ["no-fresh"], "args": [[[0, 2], [2, 0]]], "expected": 0},
        {"tags": ["no-rotten"], "args": [[[1, 1], [1, 1]]], "expected": -1},
        {"tags": ["single-row"], "args": [[[2, 1, 1, 1]]], "expected": 3},
        {"tags": ["single-row", "leftward"], "args": [[[1, 1, 2]]], "expected": 2},
        {"tags": ["single-column"], "args": [[[1], [1], [2]]], "expected": 2},
        {"tags": ["single-column", "blocked"], "args": [[[2], [1], [1], [0], [1]]], "expected": -1},
        {"tags": ["blocked"], "args": [[[2, 0, 1]]], "expected": -1},
        {"tags": ["diagonal", "blocked"], "args": [[[2, 0], [0, 1]]], "expected": -1},
        {"tags": ["blocked"], "args": [[[2, 1, 1], [0, 0, 0], [1, 1, 1]]], "expected": -1},
        {"tags": ["corner"], "args": [[[2, 1], [0, 1]]], "expected": 2},
        {"tags": ["simultaneous"], "args": [[[1, 2, 1], [1, 1, 1]]], "expected": 2},
        {"tags": ["multi-source"], "args": [[[2, 1, 1, 1, 2]]], "expected": 2},
        {"tags": ["multi-source"], "args": [[[2, 1, 1, 1, 1, 1, 2]]], "expected": 3},
        {"tags": ["multi-source"], "args": [[[2, 1, 1], [1, 1, 1], [1, 1, 2]]], "expected": 2},
        {"tags": ["ring", "blocked"], "args": [[[2, 1, 1], [1, 0, 1], [1, 1, 1]]], "expected": 4},
        {"tags": ["enclosed", "blocked"], "args": [[[2, 0, 0, 0], [1, 0, 1, 0], [1, 0, 0, 0]]], "expected": -1},
        {"tags": ["snake"], "args": [[[2, 1, 1, 1], [0, 0, 0, 1], [1, 1, 1, 1], [1, 0, 0, 0], [1, 1, 1, 1]]],
         "expected": 13},
        {"tags": ["all-rotten"], "args": [[[2, 2], [2, 2]]], "expected": 0},
    ]
    for m, n, empty, rotten in ((6, 6, 0.2, 0.1), (10, 8, 0.15, 0.05), (8, 10, 0.1, 0.03), (9, 10, 0.3, 0.05)):
        grid = _random(rng, m, n, empty, rotten)
        cases.append({"tags": ["random"], "args": [grid]})
        cases.append({"tags": ["random", "all-reachable"], "args": [_drop_unreachable(grid)]})

    # Max size, LeetCode's: 10 x 10. Every polynomial method is fast at this size; a search that
    # measures each orange's distance by walking every simple path explores exponentially many.
    big = 10
    grid = _snake(big, big)
    grid[0][0] = 2
    cases.append({"tags": ["max-size", "snake", "deep"], "args": [grid]})
    grid = _snake(big - 1, big)
    grid[big // 2][big // 2] = 2  # rot in the middle of the path spreads both ways
    cases.append({"tags": ["max-size", "snake", "multi-source"], "args": [grid]})
    grid = _snake(big, big)
    grid[0][0] = 2
    grid[big - 2][1] = 0  # the last stretch of the path is cut off
    cases.append({"tags": ["max-size", "snake", "blocked"], "args": [grid], "expected": -1})
    grid = [[1] * big for _ in range(big)]
    grid[0][0] = 2
    cases.append({"tags": ["max-size", "corner"], "args": [grid], "expected": 2 * (big - 1)})
    grid = [[1] * big for _ in range(big)]
    grid[0][0] = grid[big - 1][big - 1] = 2
    cases.append({"tags": ["max-size", "multi-source"], "args": [grid], "expected": big - 1})
    cases.append({"tags": ["max-size", "random", "all-reachable"],
                  "args": [_drop_unreachable(_random(rng, big, big, 0.05, 0.02))]})
    cases.append({"tags": ["max-size", "random", "blocked"], "args": [_random(rng, big, big, 0.3, 0.05)]})
    return cases
