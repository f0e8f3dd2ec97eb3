"""Cases for swim-in-rising-water. Every grid holds a permutation of 0 .. n*n - 1."""

import random

EXAMPLES = [
    {"args": [[[0, 2], [1, 3]]], "expected": 3,
     "explanation": "The last square has elevation 3, so nothing earlier than time 3 can work."},
    {"args": [[[0, 1, 2], [7, 8, 3], [6, 5, 4]]], "expected": 4,
     "explanation": "Around the edge: 0, 1, 2, 3, 4. Cutting through the middle would need time 8."},
    {"args": [[[3, 0], [1, 2]]], "expected": 3, "explanation": "The start square itself is only covered at time 3."},
]


def _corridor(rng, n):
    """The lowest elevations along a snake through the even rows, rising; the rest shuffled above them."""
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
    return grid


def _permutation(rng, n):
    values = list(range(n * n))
    rng.shuffle(values)
    return [values[r * n:(r + 1) * n] for r in range(n)]


def hidden_cases():
    rng = random.Random(778)
    cases = [
        {"tags": ["single"], "args": [[[0]]], "expected": 0},
        {"tags": ["two-by-two"], "args": [[[0, 1], [2, 3]]], "expected": 3},
        {"tags": ["two-by-two", "start-highest"], "args": [[[3, 2], [0, 1]]], "expected": 3},
        {"tags": ["two-by-two"], "args": [[[1, 0], [3, 2]]], "expected": 2},
        {"tags": ["start-highest"], "args": [[[8, 0, 1], [2, 3, 4], [5, 6, 7]]], "expected": 8},
        {"tags": ["end-highest"], "args": [[[0, 1, 2], [3, 4, 5], [6, 7, 8]]], "expected": 8},
        {"tags": ["ring"], "args": [[[0, 1, 2], [7, 8, 3], [6, 5, 4]]], "expected": 4},
        {"tags": ["up-and-left"], "args": [[[0, 8, 1, 2, 3], [5, 9, 4, 16, 6], [10, 11, 7, 17, 12],
                                            [20, 21, 22, 18, 13], [24, 23, 19, 15, 14]]], "expected": 14},
        {"tags": ["up-and-left"], "args": [[[0, 1, 2, 3, 4], [24, 23, 22, 21, 5], [12, 13, 14, 15, 16],
                                            [11, 17, 18, 19, 20], [10, 9, 8, 7, 6]]], "expected": 16},
        {"tags": ["up-one-step"], "args": [[[0, 12, 13, 14, 15], [1, 16, 17, 18, 19], [2, 20, 21, 22, 23],
                                            [3, 24, 7, 8, 9], [4, 5, 6, 11, 10]]], "expected": 10},
        {"tags": ["left-one-step"], "args": [[[0, 1, 2, 3, 4], [12, 16, 20, 24, 5], [13, 17, 21, 7, 6],
                                              [14, 18, 22, 8, 11], [15, 19, 23, 9, 10]]], "expected": 10},
        {"tags": ["greedy-trap"], "args": [[[0, 1, 6], [8, 2, 7], [3, 4, 5]]], "expected": 5},
        {"tags": ["greedy-trap"], "args": [[[0, 3, 4, 5], [1, 15, 14, 6], [2, 13, 12, 7], [11, 10, 9, 8]]],
         "expected": 8},
        {"tags": ["last-step"], "args": [[[0, 1, 5], [2, 3, 7], [4, 6, 8]]], "expected": 8},
        {"tags": ["left-column"], "args": [[[0, 4, 8], [1, 5, 7], [2, 3, 6]]], "expected": 6},
        {"tags": ["wall-with-gap"], "args": [[[0, 1, 2, 3], [12, 13, 14, 4], [11, 15, 10, 5], [9, 8, 7, 6]]],
         "expected": 6},
        {"tags": ["corridor"], "args": [_corridor(rng, 5)], "expected": 16},
        {"tags": ["corridor"], "args": [_corridor(rng, 6)]},
    ]
    for n in (3, 4, 7, 12, 30, 45):
        cases.append({"tags": ["random"], "args": [_permutation(rng, n)]})

    # Max size, LeetCode's: 50 x 50. The corridor makes the best route wind through about 1300 squares,
    # so sweeping the whole pool until nothing changes takes over a thousand passes.
    big = 50
    cases.append({"tags": ["max-size", "corridor", "up-and-left"], "args": [_corridor(rng, big)]})
    # With an odd side the corridor ends on the last square: 25 rows of 49 plus 24 joints.
    cases.append({"tags": ["max-size", "corridor", "up-and-left"], "args": [_corridor(rng, 49)],
                  "expected": 25 * 49 + 24 - 1})
    cases.append({"tags": ["max-size", "random"], "args": [_permutation(rng, big)]})
    cases.append({"tags": ["max-size", "end-highest"], "args": [[[r * big + c for c in range(big)] for r in range(big)]],
                  "expected": big * big - 1})
    grid = _permutation(rng, big)
    for row in grid:  # move the highest elevation onto the start square
        if big * big - 1 in row:
            i = row.index(big * big - 1)
            row[i], grid[0][0] = grid[0][0], row[i]
            break
    cases.append({"tags": ["max-size", "start-highest"], "args": [grid], "expected": big * big - 1})
    cells = sorted(((r, c) for r in range(big) for c in range(big)), key=lambda rc: (rc[0] + rc[1], rc[0]))
    grid = [[0] * big for _ in range(big)]
    for value, (r, c) in enumerate(cells):  # rising along the anti-diagonals
        grid[r][c] = value
    cases.append({"tags": ["max-size", "diagonal", "end-highest"], "args": [grid], "expected": big * big - 1})
    return cases
