"""Cases for longest-increasing-subsequence (strictly increasing; len(nums) >= 1)."""

import random

EXAMPLES = [
    {"args": [[4, 10, 4, 3, 8, 9]], "expected": 3,
     "explanation": "4, 8, 9 (or 3, 8, 9); no four values increase left to right."},
    {"args": [[7, 7, 7]], "expected": 1,
     "explanation": "Equal values do not count as increasing, so only one can be used."},
    {"args": [[0, 8, 4, 12, 2, 10, 6, 14]], "expected": 4,
     "explanation": "For example 0, 4, 10, 14 or 0, 2, 6, 14."},
]


def hidden_cases():
    rng = random.Random(300)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": 1},
        {"tags": ["single", "negative"], "args": [[-10_000]], "expected": 1},
        {"tags": ["pair"], "args": [[1, 2]], "expected": 2},
        {"tags": ["pair", "decreasing"], "args": [[2, 1]], "expected": 1},
        {"tags": ["pair", "all-equal"], "args": [[0, 0]], "expected": 1},
        {"tags": ["all-equal", "duplicates"], "args": [[7, 7, 7, 7, 7]], "expected": 1},
        {"tags": ["decreasing"], "args": [[5, 4, 3, 2, 1]], "expected": 1},
        {"tags": ["increasing"], "args": [[1, 2, 3, 4, 5]], "expected": 5},
        {"tags": ["negative"], "args": [[-3, -1, -2, 0]], "expected": 3},
        {"tags": ["negative", "decreasing"], "args": [[-1, -2, -3]], "expected": 1},
        {"tags": ["duplicates"], "args": [[2, 2, 3, 3, 4, 4]], "expected": 3},
        {"tags": ["duplicates", "non-strict"], "args": [[1, 2, 2, 2, 3]], "expected": 3},
        {"tags": ["duplicates", "non-strict"], "args": [[3, 3, 1, 1, 2, 2]], "expected": 2},
        {"tags": ["greedy-trap"], "args": [[10, 1, 2, 3]], "expected": 3},
        {"tags": ["greedy-trap"], "args": [[3, 1, 2]], "expected": 2},
        {"tags": ["not-contiguous"], "args": [[1, 3, 2, 4]], "expected": 3},
        {"tags": ["not-contiguous"], "args": [[5, 1, 6, 2, 7, 3, 8]], "expected": 4},
        {"tags": ["replacement"], "args": [[1, 5, 2, 3]], "expected": 3},
        {"tags": ["replacement", "negative"], "args": [[3, 4, -1, 5, 8, 2, 3, 12, 7, 9, 10]], "expected": 6},
        {"tags": ["zigzag"], "args": [[1, 2, 1, 2, 1, 2]], "expected": 2},
        {"tags": ["extreme-values"], "args": [[-10_000, 10_000]], "expected": 2},
        {"tags": ["extreme-values"], "args": [[10_000, -10_000, 0]], "expected": 2},
        {"tags": ["late-start"], "args": [[9, 8, 7, 1, 2, 3, 4]], "expected": 4},
    ]
    for n, hi, tag in ((10, 20, "small"), (100, 1000, "medium"), (2000, 10_000, "medium"), (2000, 5, "duplicates")):
        cases.append({"tags": ["random", tag], "args": [[rng.randint(-hi, hi) for _ in range(n)]]})

    # Max size, LeetCode's: n = 2500, values within +-10_000. The O(n^2) table (about 3 * 10^6 steps)
    # is accepted here; trying every subsequence, exponential, is not.
    n = 2500
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(-10_000, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "increasing"], "args": [list(range(-n // 2, n - n // 2))]})
    cases.append({"tags": ["max-size", "decreasing"], "args": [list(range(10_000, 10_000 - n, -1))]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[42] * n]})
    cases.append({"tags": ["max-size", "duplicates", "non-strict"],
                  "args": [[k // 2 for k in range(n)]]})  # non-decreasing: 0, 0, 1, 1, ...
    cases.append({"tags": ["max-size", "duplicates", "random"], "args": [[rng.randint(0, 1000) for _ in range(n)]]})
    # A noisy upward trend: long answers that need many replacements in the middle.
    cases.append({"tags": ["max-size", "trend"],
                  "args": [[max(-10_000, min(10_000, -9000 + 7 * k + rng.randint(-1500, 1500))) for k in range(n)]]})
    return cases
