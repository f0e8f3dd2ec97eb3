"""Cases for number-of-islands-ii: a grid of m x n water cells, land raised at `positions` in order."""

import random

EXAMPLES = [
    {"args": [3, 3, [[0, 0], [0, 1], [1, 2], [2, 1]]], "expected": [1, 1, 2, 3],
     "explanation": "(0,1) joins (0,0); (1,2) touches (0,1) only at a corner, so it is new; so is (2,1)."},
    {"args": [1, 1, [[0, 0]]], "expected": [1], "explanation": "One cell, one island."},
    {"args": [2, 2, [[0, 0], [1, 1], [0, 1], [0, 1]]], "expected": [1, 2, 1, 1],
     "explanation": "(0,1) joins the two islands; raising it again changes nothing."},
]


def hidden_cases():
    rng = random.Random(305)
    cases = [
        {"tags": ["single"], "args": [1, 1, [[0, 0]]], "expected": [1]},
        {"tags": ["duplicates", "single"], "args": [1, 1, [[0, 0], [0, 0], [0, 0]]], "expected": [1, 1, 1]},
        {"tags": ["duplicates"], "args": [3, 3, [[0, 0], [0, 1], [1, 2], [1, 2]]], "expected": [1, 1, 2, 2]},
        {"tags": ["duplicates", "merge"], "args": [1, 3, [[0, 0], [0, 2], [0, 0], [0, 1], [0, 2]]],
         "expected": [1, 2, 2, 1, 1]},
        {"tags": ["row", "merge"], "args": [1, 5, [[0, 0], [0, 2], [0, 4], [0, 1], [0, 3]]],
         "expected": [1, 2, 3, 2, 1]},
        {"tags": ["column", "merge"], "args": [5, 1, [[4, 0], [2, 0], [0, 0], [3, 0], [1, 0]]],
         "expected": [1, 2, 3, 2, 1]},
        {"tags": ["row-wrap"], "args": [2, 3, [[0, 2], [1, 0]]], "expected": [1, 2]},
        {"tags": ["row-wrap"], "args": [3, 2, [[1, 0], [0, 1], [2, 1], [1, 1]]], "expected": [1, 2, 3, 1]},
        {"tags": ["row-wrap", "corner"], "args": [2, 2, [[0, 1], [1, 0]]], "expected": [1, 2]},
        {"tags": ["diagonal"], "args": [3, 3, [[0, 0], [1, 1], [2, 2], [0, 2], [2, 0]]], "expected": [1, 2, 3, 4, 5]},
        {"tags": ["merge-four"], "args": [3, 3, [[0, 1], [1, 0], [1, 2], [2, 1], [1, 1]]], "expected": [1, 2, 3, 4, 1]},
        {"tags": ["merge-four", "duplicates"], "args": [3, 3, [[0, 1], [1, 0], [1, 2], [2, 1], [1, 1], [1, 1]]],
         "expected": [1, 2, 3, 4, 1, 1]},
        {"tags": ["same-island-twice"], "args": [2, 2, [[0, 0], [0, 1], [1, 0], [1, 1]]], "expected": [1, 1, 1, 1]},
        {"tags": ["same-island-twice"], "args": [3, 3, [[0, 0], [0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 2], [2, 1],
                                                       [1, 1]]], "expected": [1, 1, 1, 1, 1, 1, 1, 1, 1]},
        {"tags": ["ring"], "args": [3, 3, [[0, 0], [0, 2], [2, 0], [2, 2], [0, 1], [1, 0], [1, 2], [2, 1]]],
         "expected": [1, 2, 3, 4, 3, 2, 1, 1]},
        {"tags": ["corners"], "args": [4, 5, [[0, 0], [0, 4], [3, 0], [3, 4]]], "expected": [1, 2, 3, 4]},
        {"tags": ["edges", "merge"], "args": [2, 4, [[1, 3], [0, 0], [1, 0], [0, 3], [1, 1], [1, 2]]],
         "expected": [1, 2, 2, 2, 2, 1]},
        {"tags": ["checkerboard"], "args": [3, 3, [[0, 0], [0, 2], [1, 1], [2, 0], [2, 2], [0, 1]]],
         "expected": [1, 2, 3, 4, 5, 3]},
    ]
    for m, n, k in ((4, 4, 10), (10, 10, 60), (30, 40, 900), (100, 100, 8000), (1, 500, 400)):
        cells = [[rng.randrange(m), rng.randrange(n)] for _ in range(k)]
        cases.append({"tags": ["random", "duplicates"], "args": [m, n, cells]})
    cases.append({"tags": ["random", "column"], "args": [700, 1, [[r, 0] for r in rng.sample(range(700), 700)]]})

    # Max size, LeetCode's: m * n = 10_000, 10_000 additions. Recounting the islands after every
    # addition costs O(land) each time, about k^2 / 2 = 5 * 10^7 steps in all.
    k = 10_000
    cells = rng.sample(range(10_000), k)
    cases.append({"tags": ["max-size", "random"], "args": [100, 100, [[c // 100, c % 100] for c in cells]]})
    line = [[0, c] for c in range(0, 10_000, 2)]  # every other cell of a row, then nothing joins
    cases.append({"tags": ["max-size", "row", "disconnected"], "args": [1, 10_000, line]})
    order = list(range(0, k, 2)) + list(range(1, k, 2))  # islands first, then the gaps join them all
    cases.append({"tags": ["max-size", "row", "merge"], "args": [1, 10_000, [[0, c] for c in order]]})
    comb = [[r, c] for c in range(0, 100, 2) for r in range(100)] + [[0, c] for c in range(1, 100, 2)]
    cases.append({"tags": ["max-size", "comb", "merge"], "args": [100, 100, comb]})
    spots = [[rng.randrange(10), rng.randrange(10)] for _ in range(k)]
    cases.append({"tags": ["max-size", "duplicates"], "args": [100, 100, spots]})
    return cases
