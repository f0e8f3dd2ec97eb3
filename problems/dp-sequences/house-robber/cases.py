"""Cases for house-robber (1 <= len(nums) <= 100, 0 <= nums[i] <= 400)."""

import random

EXAMPLES = [
    {"args": [[2, 9, 4, 1]], "expected": 10, "explanation": "Take houses 1 and 3: 9 + 1."},
    {"args": [[5, 1, 1, 5]], "expected": 10,
     "explanation": "Take the first and the last house; skipping two houses in the middle pays."},
    {"args": [[3, 8, 2]], "expected": 8, "explanation": "The middle house alone beats 3 + 2."},
]


def hidden_cases():
    rng = random.Random(198)
    cases = [
        {"tags": ["single"], "args": [[7]], "expected": 7},
        {"tags": ["single", "zero"], "args": [[0]], "expected": 0},
        {"tags": ["pair"], "args": [[1, 2]], "expected": 2},
        {"tags": ["pair"], "args": [[2, 1]], "expected": 2},
        {"tags": ["pair", "all-equal"], "args": [[4, 4]], "expected": 4},
        {"tags": ["zero", "all-equal"], "args": [[0, 0, 0, 0]], "expected": 0},
        {"tags": ["zero"], "args": [[0, 5, 0, 0, 6]], "expected": 11},
        {"tags": ["all-equal"], "args": [[3, 3, 3, 3, 3]], "expected": 9},
        {"tags": ["all-equal", "even-length"], "args": [[3, 3, 3, 3, 3, 3]], "expected": 9},
        {"tags": ["alternation-trap"], "args": [[5, 1, 1, 5]], "expected": 10},
        {"tags": ["alternation-trap"], "args": [[2, 1, 1, 2]], "expected": 4},
        {"tags": ["alternation-trap"], "args": [[4, 1, 2, 7, 5, 3, 1]], "expected": 14},
        {"tags": ["greedy-trap"], "args": [[3, 4, 3]], "expected": 6},
        {"tags": ["greedy-trap"], "args": [[6, 7, 6, 1, 9, 10]], "expected": 22},
        {"tags": ["middle"], "args": [[1, 9, 1]], "expected": 9},
        {"tags": ["increasing"], "args": [[1, 2, 3, 4, 5, 6]], "expected": 12},
        {"tags": ["decreasing"], "args": [[6, 5, 4, 3, 2, 1]], "expected": 12},
        {"tags": ["ends"], "args": [[400, 0, 0, 0, 0, 400]], "expected": 800},
        {"tags": ["ends"], "args": [[0, 400, 1, 1, 400, 0]], "expected": 800},
        {"tags": ["first-two"], "args": [[2, 7, 9, 3, 1]], "expected": 12},
        {"tags": ["extreme-values"], "args": [[400, 400, 400]], "expected": 800},
    ]
    for n, hi in ((8, 10), (20, 400), (50, 3), (60, 400)):
        cases.append({"tags": ["random"], "args": [[rng.randint(0, hi) for _ in range(n)]]})
    # Max size: 100 houses. Recursing on both choices without memory makes ~10^20 calls.
    n = 100
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 400) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "extreme-values", "all-equal"], "args": [[400] * n], "expected": 20000})
    cases.append({"tags": ["max-size", "alternation-trap"],
                  "args": [[400 if k % 3 == 0 else rng.randint(0, 150) for k in range(n)]]})
    cases.append({"tags": ["max-size", "zero"], "args": [[0] * n], "expected": 0})
    return cases
