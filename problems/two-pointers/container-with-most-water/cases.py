"""Cases for container-with-most-water."""

import random

EXAMPLES = [
    {"args": [[2, 9, 4, 8, 3]], "expected": 16,
     "explanation": "Walls 1 and 3 (heights 9 and 8) stand 2 apart: 2 * 8 = 16. The outer walls give only 4 * 2 = 8."},
    {"args": [[5, 5]], "expected": 5, "explanation": "The only container: width 1, height 5."},
    {"args": [[0, 4, 0]], "expected": 0, "explanation": "Every pair includes a wall of height 0."},
]


def hidden_cases():
    rng = random.Random(11)
    cases = [
        {"tags": ["min-size"], "args": [[1, 1]], "expected": 1},
        {"tags": ["min-size", "zero"], "args": [[0, 0]], "expected": 0},
        {"tags": ["min-size", "zero"], "args": [[0, 5]], "expected": 0},
        {"tags": ["min-size"], "args": [[3, 7]], "expected": 3},
        {"tags": ["zero"], "args": [[0, 0, 0]], "expected": 0},
        {"tags": ["zero", "ends"], "args": [[3, 0, 0, 0, 3]], "expected": 12},
        {"tags": ["zero"], "args": [[2, 0, 1]], "expected": 2},
        {"tags": ["ends"], "args": [[4, 3, 2, 1, 4]], "expected": 16},
        {"tags": ["small"], "args": [[1, 2, 1]], "expected": 2},
        {"tags": ["small"], "args": [[1, 2, 4, 3]], "expected": 4},
        {"tags": ["tall-middle"], "args": [[1, 100, 100, 1]], "expected": 100},
        {"tags": ["tall-middle"], "args": [[1, 3, 2, 5, 25, 24, 5]], "expected": 24},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4, 5, 6]], "expected": 9},
        {"tags": ["reversed"], "args": [[6, 5, 4, 3, 2, 1]], "expected": 9},
        {"tags": ["all-equal"], "args": [[7, 7, 7, 7]], "expected": 21},
        {"tags": ["extreme-values"], "args": [[10_000, 10_000]], "expected": 10_000},
        {"tags": ["extreme-values"], "args": [[10_000, 0, 0, 1, 10_000, 1]], "expected": 40_000},
        {"tags": ["tallest-pair-trap"], "args": [[9, 1, 1, 1, 1, 1, 1, 1, 1, 8, 10, 10]], "expected": 99},
        {"tags": ["taller-side-trap"], "args": [[2, 8, 1, 1, 1, 1, 9, 3]], "expected": 40},
        {"tags": ["taller-side-trap"], "args": [[3, 9, 1, 1, 1, 8, 2]], "expected": 32},
        {"tags": ["duplicates"], "args": [[5, 1, 5, 1, 5]], "expected": 20},
    ]
    for n in (10, 100, 1000, 5000):
        cases.append({"tags": ["random"], "args": [[rng.randint(0, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["random", "low"], "args": [[rng.randint(0, 3) for _ in range(500)]]})

    # Max size: 100,000 walls, about 5e9 pairs for a quadratic scan.
    n = 100_000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [[10_000] * n],
                  "expected": 10_000 * (n - 1)})
    # Heights stay within LeetCode's 10_000: each value repeats ten times in the sorted runs.
    cases.append({"tags": ["max-size", "sorted"], "args": [[1 + k // 10 for k in range(n)]]})
    cases.append({"tags": ["max-size", "reversed", "zero"], "args": [[(n - 1 - k) // 10 for k in range(n)]]})
    height = [0] * n
    height[n // 2], height[n // 2 + 1] = 10_000, 10_000  # the only container that holds water is narrow
    cases.append({"tags": ["max-size", "tall-middle", "zero"], "args": [height], "expected": 10_000})
    height = [rng.randint(0, 10_000) for _ in range(n)]
    height[0], height[-1] = 1, 1  # a shallow but very wide container at the ends, never the best
    cases.append({"tags": ["max-size", "random", "ends"], "args": [height]})
    return cases
