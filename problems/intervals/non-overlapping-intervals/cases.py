"""Cases for non-overlapping-intervals. Intervals are half-open, so touching ones may both stay."""

import random

EXAMPLES = [
    {"args": [[[1, 2], [2, 3], [3, 4], [1, 3]]], "expected": 1,
     "explanation": "Removing [1, 3] leaves [1, 2], [2, 3], [3, 4], which only touch."},
    {"args": [[[1, 2], [1, 2], [1, 2]]], "expected": 2, "explanation": "Only one of the three copies can stay."},
    {"args": [[[1, 100], [11, 22], [1, 11], [2, 12]]], "expected": 2,
     "explanation": "Keep [1, 11] and [11, 22]; [1, 100] and [2, 12] must go."},
]


def _random(rng, n, lo, hi, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def hidden_cases():
    rng = random.Random(435)
    cases = [
        {"tags": ["single"], "args": [[[0, 1]]], "expected": 0},
        {"tags": ["touching"], "args": [[[1, 2], [2, 3]]], "expected": 0},
        {"tags": ["duplicates"], "args": [[[1, 2], [1, 2]]], "expected": 1},
        {"tags": ["partial-overlap"], "args": [[[1, 3], [2, 4]]], "expected": 1},
        {"tags": ["greedy-trap"], "args": [[[1, 100], [2, 3], [4, 5]]], "expected": 1},
        {"tags": ["greedy-trap"], "args": [[[0, 10], [1, 2], [3, 4], [5, 6], [7, 8]]], "expected": 1},
        {"tags": ["greedy-trap", "unsorted"], "args": [[[3, 4], [0, 10], [7, 8], [1, 2], [5, 6]]], "expected": 1},
        {"tags": ["removed-blocks-next"], "args": [[[1, 3], [2, 5], [4, 6]]], "expected": 1},
        {"tags": ["removed-blocks-next"], "args": [[[0, 2], [1, 4], [3, 5], [4, 6]]], "expected": 2},
        {"tags": ["nested"], "args": [[[1, 10], [2, 9], [3, 8], [4, 7]]], "expected": 3},
        {"tags": ["negative"], "args": [[[-5, -2], [-3, 0], [-2, 1]]], "expected": 1},
        {"tags": ["negative", "touching"], "args": [[[-50_000, 0], [0, 50_000]]], "expected": 0},
        {"tags": ["extreme-values"], "args": [[[-50_000, 50_000], [-1, 1], [1, 2]]], "expected": 1},
        {"tags": ["same-end"], "args": [[[1, 5], [3, 5], [4, 5], [5, 6]]], "expected": 2},
        {"tags": ["same-start"], "args": [[[1, 5], [1, 2], [1, 3], [2, 4]]], "expected": 2},
        {"tags": ["disjoint", "reversed"], "args": [[[7, 9], [4, 6], [1, 3]]], "expected": 0},
        {"tags": ["chain", "touching"], "args": [[[3, 4], [2, 3], [1, 2], [0, 1], [0, 4]]], "expected": 1},
        {"tags": ["off-by-one"], "args": [[[0, 5], [4, 9], [9, 10]]], "expected": 1},
    ]
    cases.append({"tags": ["random"], "args": [_random(rng, 10, 0, 40, 8)]})
    cases.append({"tags": ["random", "negative"], "args": [_random(rng, 200, -500, 500, 40)]})
    cases.append({"tags": ["random", "dense"], "args": [_random(rng, 2000, -1000, 1000, 300)]})
    cases.append({"tags": ["random", "sparse"], "args": [_random(rng, 2000, -50_000, 50_000, 20)]})
    cases.append({"tags": ["random", "duplicates"], "args": [_random(rng, 1000, 0, 30, 3)]})

    # Max size: 30_000 intervals; a quadratic DP makes ~4.5 * 10^8 steps.
    n = 30_000
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, n, -50_000, 50_000, 10)]})
    chain = [[i, i + 1] for i in range(-15_000, 15_000)]
    rng.shuffle(chain)
    cases.append({"tags": ["max-size", "touching", "chain"], "args": [chain]})
    traps = [[2 * i, 2 * i + 3] for i in range(-15_000, 14_999)] + [[-50_000, 50_000]]
    rng.shuffle(traps)
    cases.append({"tags": ["max-size", "greedy-trap"], "args": [traps]})
    cases.append({"tags": ["max-size", "duplicates"], "args": [[[-7, 7]] * (n // 2) + [[7, 8]] * (n // 2)]})
    return cases
