"""Cases for split-array-largest-sum."""

import random

EXAMPLES = [
    {"args": [[4, 3, 6, 1, 2], 2], "expected": 9,
     "explanation": "[4, 3] and [6, 1, 2] have sums 7 and 9; every other cut leaves a piece of 12 or more."},
    {"args": [[4, 3, 6, 1, 2], 3], "expected": 7,
     "explanation": "[4, 3], [6], [1, 2]: sums 7, 6, 3. A limit of 6 would need four pieces."},
    {"args": [[0, 5, 0], 3], "expected": 5, "explanation": "Each element alone; the largest is 5."},
]

BIG = 1_000_000


def hidden_cases():
    rng = random.Random(410)
    cases = [
        {"tags": ["single"], "args": [[5], 1], "expected": 5},
        {"tags": ["single", "zero"], "args": [[0], 1], "expected": 0},
        {"tags": ["all-zero"], "args": [[0, 0, 0], 2], "expected": 0},
        {"tags": ["zero"], "args": [[0, 7, 0, 0], 2], "expected": 7},
        {"tags": ["one-piece"], "args": [[3, 1, 4, 1, 5], 1], "expected": 14},
        {"tags": ["k-equals-n"], "args": [[3, 1, 4, 1, 5], 5], "expected": 5},
        {"tags": ["k-equals-n", "all-equal"], "args": [[2, 2, 2], 3], "expected": 2},
        {"tags": ["largest-element"], "args": [[1, 1, 1, 1, 10], 2], "expected": 10},
        {"tags": ["largest-element"], "args": [[10, 1, 1, 1, 1], 2], "expected": 10},
        {"tags": ["all-equal"], "args": [[3, 3, 3, 3], 2], "expected": 6},
        {"tags": ["all-equal", "uneven"], "args": [[3, 3, 3, 3, 3], 2], "expected": 9},
        {"tags": ["exact-fill"], "args": [[2, 3, 5, 1, 4], 3], "expected": 5},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4, 5], 2], "expected": 9},
        {"tags": ["reversed"], "args": [[5, 4, 3, 2, 1], 3], "expected": 6},
        {"tags": ["average-trap"], "args": [[1, 4, 4], 3], "expected": 4},
        {"tags": ["average-trap"], "args": [[6, 1, 1, 1, 1, 6], 2], "expected": 8},
        {"tags": ["extreme-values"], "args": [[BIG, BIG, BIG], 2], "expected": 2 * BIG},
        {"tags": ["extreme-values", "zero"], "args": [[BIG, 0, 0, BIG], 2], "expected": BIG},
        {"tags": ["spare-pieces"], "args": [[9, 0, 0, 0], 3], "expected": 9},
    ]
    for n, top, tag in ((10, 9, "small"), (200, 1000, "medium"), (800, BIG, "large")):
        nums = [rng.randint(0, top) for _ in range(n)]
        cases.append({"tags": [tag, "random"], "args": [nums, rng.randint(1, min(50, n))]})
    nums = [rng.choice([0, 0, rng.randint(1, 100)]) for _ in range(500)]
    cases.append({"tags": ["random", "zero"], "args": [nums, 17]})
    cases.append({"tags": ["random", "one-piece"], "args": [[rng.randint(0, BIG) for _ in range(300)], 1]})

    # Max size, LeetCode's: n = 1000, k up to 50. The (prefix, pieces) DP needs about k n^2 / 2 =
    # 2.5 * 10^7 steps, many times the limit; the binary search on the answer needs a few 10^4.
    n = 1000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, BIG) for _ in range(n)], 50]})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, BIG) for _ in range(n)], 37]})
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [[BIG] * n, 50]})
    cases.append({"tags": ["max-size", "sorted"], "args": [list(range(0, 1000 * n, 1000)), 49]})
    cases.append({"tags": ["max-size", "largest-element"], "args": [[1] * (n - 1) + [BIG], 50]})
    return cases
