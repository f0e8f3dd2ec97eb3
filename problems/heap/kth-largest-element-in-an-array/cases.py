"""Cases for kth-largest-element-in-an-array."""

import random

EXAMPLES = [
    {"args": [[3, 9, 4, 9, 1], 2], "expected": 9,
     "explanation": "Sorted from largest: 9, 9, 4, 3, 1. The second value is 9: repeats count separately."},
    {"args": [[3, 9, 4, 9, 1], 3], "expected": 4, "explanation": "The third value of 9, 9, 4, 3, 1."},
    {"args": [[-2, 0, -7], 3], "expected": -7, "explanation": "k equal to the length asks for the minimum."},
]


def hidden_cases():
    rng = random.Random(215)
    cases = [
        {"tags": ["single"], "args": [[5], 1], "expected": 5},
        {"tags": ["min-size"], "args": [[1, 2], 1], "expected": 2},
        {"tags": ["min-size", "k-equals-n"], "args": [[1, 2], 2], "expected": 1},
        {"tags": ["all-equal"], "args": [[7, 7, 7], 2], "expected": 7},
        {"tags": ["duplicates"], "args": [[2, 2, 1, 1], 3], "expected": 1},
        {"tags": ["duplicates"], "args": [[5, 5, 4, 3, 3, 3], 4], "expected": 3},
        {"tags": ["duplicates", "distinct-trap"], "args": [[8, 8, 8, 6, 5], 2], "expected": 8},
        {"tags": ["negative"], "args": [[-1, -5, -3], 1], "expected": -1},
        {"tags": ["negative", "k-equals-n"], "args": [[-1, -5, -3], 3], "expected": -5},
        {"tags": ["zero"], "args": [[0, -1, 1, 0], 2], "expected": 0},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4, 5, 6], 2], "expected": 5},
        {"tags": ["reversed"], "args": [[6, 5, 4, 3, 2, 1], 5], "expected": 2},
        {"tags": ["k-one"], "args": [[4, 10, 2, 8], 1], "expected": 10},
        {"tags": ["k-equals-n"], "args": [[4, 10, 2, 8], 4], "expected": 2},
        {"tags": ["middle"], "args": [[9, 1, 8, 2, 7, 3, 6], 4], "expected": 6},
        {"tags": ["extreme-values"], "args": [[-10_000, 10_000], 2], "expected": -10_000},
        {"tags": ["extreme-values", "duplicates"], "args": [[10_000, -10_000, 10_000], 2], "expected": 10_000},
    ]
    for n, top, tag in ((10, 5, "small"), (300, 100, "medium"), (5000, 10_000, "large")):
        nums = [rng.randint(-top, top) for _ in range(n)]
        cases.append({"tags": [tag, "random"], "args": [nums, rng.randint(1, n)]})
    nums = [rng.randint(0, 2) for _ in range(1000)]
    cases.append({"tags": ["random", "duplicates"], "args": [nums, 500]})
    cases.append({"tags": ["random", "k-equals-n"], "args": [[rng.randint(-50, 50) for _ in range(400)], 400]})

    # Max size: n = 50_000 with k around n / 2. Removing the maximum k times is ~n k = 1e9 steps.
    n = 50_000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(-10_000, 10_000) for _ in range(n)], n // 2]})
    cases.append({"tags": ["max-size", "sorted"], "args": [[k // 5 - 10_000 for k in range(n)], n // 2 + 7]})
    cases.append({"tags": ["max-size", "reversed"], "args": [[10_000 - k // 5 for k in range(n)], 3 * n // 4]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[42] * n, n // 2]})
    cases.append({"tags": ["max-size", "duplicates"], "args": [[rng.randint(-3, 3) for _ in range(n)], n // 3]})
    cases.append({"tags": ["max-size", "k-equals-n"], "args": [[rng.randint(-10_000, 10_000) for _ in range(n)], n]})
    return cases
