"""Cases for subarray-sum-equals-k."""

import random

EXAMPLES = [
    {"args": [[2, 1, 1, 2], 3], "expected": 2, "explanation": "[2, 1] at positions 0-1 and [1, 2] at positions 2-3."},
    {"args": [[1, -1, 1], 1], "expected": 3,
     "explanation": "[1] at position 0, [1] at position 2, and the whole list [1, -1, 1]."},
]


def hidden_cases():
    rng = random.Random(560)
    cases = [
        {"tags": ["single"], "args": [[1], 1], "expected": 1},
        {"tags": ["single"], "args": [[1], 0], "expected": 0},
        {"tags": ["single", "zero"], "args": [[0], 0], "expected": 1},
        {"tags": ["single", "negative"], "args": [[5], -5], "expected": 0},
        {"tags": ["zero", "all-equal"], "args": [[0, 0, 0], 0], "expected": 6},
        {"tags": ["all-equal"], "args": [[1, 1, 1], 2], "expected": 2},
        {"tags": ["from-start"], "args": [[1, 2, 3], 3], "expected": 2},
        {"tags": ["from-start"], "args": [[3, 1, 1], 5], "expected": 1},
        {"tags": ["negative", "zero"], "args": [[1, -1, 0], 0], "expected": 3},
        {"tags": ["negative"], "args": [[-1, -1, 1], 0], "expected": 1},
        {"tags": ["negative"], "args": [[-1, -2, -3], -3], "expected": 2},
        {"tags": ["negative", "zero"], "args": [[2, -2, 2, -2], 0], "expected": 4},
        {"tags": ["overlapping"], "args": [[1, 2, 1, 2, 1], 3], "expected": 4},
        {"tags": ["overlapping"], "args": [[3, 4, 7, 2, -3, 1, 4, 2], 7], "expected": 4},
        {"tags": ["whole-list"], "args": [[4, -1, 2, 5], 10], "expected": 1},
        {"tags": ["no-answer"], "args": [[1, 2, 4], 8], "expected": 0},
        {"tags": ["no-answer", "negative"], "args": [[1, 2, 3], -1], "expected": 0},
        {"tags": ["window-trap"], "args": [[5, -3, 2], 2], "expected": 2},
        {"tags": ["window-trap"], "args": [[-2, 5], 3], "expected": 1},
        {"tags": ["extreme-values"], "args": [[1000, -1000, 1000], 1000], "expected": 3},
        {"tags": ["extreme-values"], "args": [[-1000] * 4, -4000], "expected": 1},
    ]
    for n in (10, 100, 1000, 5000):
        cases.append({"tags": ["random"], "args": [[rng.randint(-5, 5) for _ in range(n)], rng.randint(-6, 6)]})
    cases.append({"tags": ["random", "extreme-values"], "args": [[rng.randint(-1000, 1000) for _ in range(2000)],
                                                                rng.randint(-3000, 3000)]})

    # Max size, LeetCode's: 20,000 values; every run is 2 * 10^8 sums for a quadratic scan.
    n = 20_000
    cases.append({"tags": ["max-size", "zero", "all-equal"], "args": [[0] * n, 0], "expected": n * (n + 1) // 2})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(-1000, 1000) for _ in range(n)], 500]})
    cases.append({"tags": ["max-size", "negative", "zero"], "args": [[1, -1] * (n // 2), 0],
                  "expected": (n // 2) * (n // 2 + 1) // 2 + (n // 2) * (n // 2 - 1) // 2})
    cases.append({"tags": ["max-size", "extreme-k", "whole-list"], "args": [[500] * n, 500 * n], "expected": 1})
    cases.append({"tags": ["max-size", "no-answer"], "args": [[rng.randint(1, 1000) for _ in range(n)], -10_000_000],
                  "expected": 0})
    return cases
