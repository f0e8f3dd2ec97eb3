"""Cases for count-of-range-sum."""

import random

EXAMPLES = [
    {"args": [[3, -4, 2], -1, 2], "expected": 3,
     "explanation": "[2] = 2, [3, -4] = -1 and [3, -4, 2] = 1 lie in [-1, 2]; [3] = 3, [-4] and [-4, 2] = -2 do not."},
    {"args": [[0, 5, 0], 0, 0], "expected": 2, "explanation": "Only the two single zeros sum to 0."},
]


def hidden_cases():
    rng = random.Random(327)
    big = 2**31 - 1
    cases = [
        {"tags": ["single", "zero"], "args": [[0], 0, 0], "expected": 1},
        {"tags": ["single"], "args": [[5], 0, 4], "expected": 0},
        {"tags": ["single", "negative"], "args": [[-3], -3, -3], "expected": 1},
        {"tags": ["exact"], "args": [[1, 2, 3], 3, 3], "expected": 2},
        {"tags": ["zero", "negative"], "args": [[1, -1, 1, -1], 0, 0], "expected": 4},
        {"tags": ["bounds"], "args": [[2, 3], 2, 5], "expected": 3},
        {"tags": ["bounds"], "args": [[2, 3], 3, 4], "expected": 1},
        {"tags": ["bounds"], "args": [[2, 3], 5, 5], "expected": 1},
        {"tags": ["all-runs"], "args": [[1, 1, 1], 1, 3], "expected": 6},
        {"tags": ["no-answer"], "args": [[10, 20], 1, 5], "expected": 0},
        {"tags": ["negative"], "args": [[-1, -2, -3], -5, -3], "expected": 3},
        {"tags": ["negative", "window-trap"], "args": [[5, -9, 5], 1, 1], "expected": 1},
        {"tags": ["window-trap"], "args": [[4, -3, 4], 4, 5], "expected": 3},
        {"tags": ["from-start"], "args": [[7, -7, 3], 3, 3], "expected": 2},
        {"tags": ["all-equal", "zero"], "args": [[0, 0, 0, 0], 0, 0], "expected": 10},
        {"tags": ["extreme-values"], "args": [[big, -big - 1, -1, 0], -1, 0], "expected": 4},
        {"tags": ["extreme-values"], "args": [[big, big, big], -100_000, 100_000], "expected": 0},
        {"tags": ["extreme-values", "negative"], "args": [[-big - 1, big + 1 - 5, 3], -5, -2], "expected": 2},
        {"tags": ["wide-range"], "args": [[3, -1, 4, -1, 5], -100_000, 100_000], "expected": 15},
        {"tags": ["duplicates"], "args": [[2, 2, -2, -2, 2], 0, 2], "expected": 9},
    ]
    for n in (10, 100, 1000):
        cases.append({"tags": ["random"], "args": [[rng.randint(-20, 20) for _ in range(n)], -15, 10]})
    cases.append({"tags": ["random", "extreme-values"],
                  "args": [[rng.randint(-2**31, big) for _ in range(2000)], -100_000, 100_000]})

    # Max size: 30,000 values; every pair of running totals is 4.5e8 checks.
    n = 30_000
    cases.append({"tags": ["max-size", "random", "extreme-values"],
                  "args": [[rng.randint(-2**31, big) for _ in range(n)], -100_000, 100_000]})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(-100, 100) for _ in range(n)], -50, 50]})
    cases.append({"tags": ["max-size", "all-equal", "zero"], "args": [[0] * n, 0, 0], "expected": n * (n + 1) // 2})
    cases.append({"tags": ["max-size", "sorted", "exact"], "args": [list(range(1, n + 1)), 100_000, 100_000]})
    cases.append({"tags": ["max-size", "no-answer"], "args": [[rng.randint(1, 1000) for _ in range(n)], -100_000, 0],
                  "expected": 0})
    return cases
