"""Cases for subarray-sums-divisible-by-k."""

import random

EXAMPLES = [
    {"args": [[3, 1, 2, 6], 3], "expected": 6,
     "explanation": "[3], [1, 2], [3, 1, 2], [6], [1, 2, 6] and [3, 1, 2, 6] have sums 3, 3, 6, 6, 9 and 12."},
    {"args": [[-1, 4], 3], "expected": 1, "explanation": "-1 + 4 = 3. On its own, -1 leaves remainder 2."},
]


def hidden_cases():
    rng = random.Random(974)
    cases = [
        {"tags": ["single"], "args": [[5], 5], "expected": 1},
        {"tags": ["single"], "args": [[4], 5], "expected": 0},
        {"tags": ["single", "zero"], "args": [[0], 2], "expected": 1},
        {"tags": ["single", "negative"], "args": [[-6], 3], "expected": 1},
        {"tags": ["zero", "all-equal"], "args": [[0, 0, 0], 7], "expected": 6},
        {"tags": ["all-equal"], "args": [[2, 2, 2, 2], 4], "expected": 4},
        {"tags": ["no-answer"], "args": [[1, 1, 1], 5], "expected": 0},
        {"tags": ["negative"], "args": [[-1, 1], 2], "expected": 1},
        {"tags": ["negative"], "args": [[-1, -1, -1], 3], "expected": 1},
        {"tags": ["negative", "sign-trap"], "args": [[-1, 2], 3], "expected": 0},
        {"tags": ["negative", "sign-trap"], "args": [[1, -2, 4], 3], "expected": 1},
        {"tags": ["negative", "sign-trap"], "args": [[2, -4, 3], 3], "expected": 1},
        {"tags": ["from-start"], "args": [[4, 5, 1], 10], "expected": 1},
        {"tags": ["from-start"], "args": [[7, 1, 2], 7], "expected": 1},
        {"tags": ["whole-list"], "args": [[3, 4, 5], 12], "expected": 1},
        {"tags": ["overlapping"], "args": [[1, 2, 3, 4, 5], 3], "expected": 7},
        {"tags": ["large-k"], "args": [[9_999, 1, -10_000], 10_000], "expected": 3},
        {"tags": ["large-k", "no-answer"], "args": [[1, 2, 3], 10_000], "expected": 0},
        {"tags": ["extreme-values"], "args": [[10_000, -10_000, 10_000], 2], "expected": 6},
        {"tags": ["k-two"], "args": [[1, 1, 1, 1], 2], "expected": 4},
    ]
    for n, k in ((10, 3), (100, 7), (1000, 13), (5000, 101)):
        cases.append({"tags": ["random", "negative"], "args": [[rng.randint(-50, 50) for _ in range(n)], k]})
    cases.append({"tags": ["random", "large-k"], "args": [[rng.randint(-10_000, 10_000) for _ in range(3000)], 9_973]})

    # Max size, LeetCode's: 30,000 values; the sum of every run is 4.5 * 10^8 additions.
    n = 30_000
    cases.append({"tags": ["max-size", "random", "negative"],
                  "args": [[rng.randint(-10_000, 10_000) for _ in range(n)], 7]})
    cases.append({"tags": ["max-size", "zero", "all-equal"], "args": [[0] * n, 2], "expected": n * (n + 1) // 2})
    cases.append({"tags": ["max-size", "large-k", "negative"],
                  "args": [[rng.randint(-10_000, 10_000) for _ in range(n)], 10_000]})
    cases.append({"tags": ["max-size", "negative", "sign-trap"], "args": [[-1] * n, 3]})
    cases.append({"tags": ["max-size", "sorted", "large-k"], "args": [[1 + j // 3 for j in range(n)], 9_973]})
    return cases
