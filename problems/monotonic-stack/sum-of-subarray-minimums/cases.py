"""Cases for sum-of-subarray-minimums."""

import random

EXAMPLES = [
    {"args": [[4, 1, 3]], "expected": 11,
     "explanation": "The subarrays [4], [1], [3], [4, 1], [1, 3], [4, 1, 3] have minimums 4, 1, 3, 1, 1, 1."},
    {"args": [[2, 5, 2]], "expected": 15,
     "explanation": "2 + 5 + 2 for the single values, then 2 for [2, 5], 2 for [5, 2] and 2 (once) for [2, 5, 2]."},
]


def hidden_cases():
    rng = random.Random(907)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": 5},
        {"tags": ["single", "extreme-values"], "args": [[30_000]], "expected": 30_000},
        {"tags": ["all-equal", "min-size"], "args": [[1, 1]], "expected": 3},
        {"tags": ["all-equal"], "args": [[2, 2, 2]], "expected": 12},
        {"tags": ["sorted", "increasing"], "args": [[1, 2, 3]], "expected": 10},
        {"tags": ["reversed", "decreasing"], "args": [[3, 2, 1]], "expected": 10},
        {"tags": ["duplicates", "ends"], "args": [[1, 3, 1]], "expected": 8},
        {"tags": ["middle-min"], "args": [[3, 1, 2, 4]], "expected": 17},
        {"tags": ["duplicates"], "args": [[3, 1, 2, 1, 3]], "expected": 20},
        {"tags": ["valley"], "args": [[5, 4, 1, 4, 5]], "expected": 35},
        {"tags": ["mountain"], "args": [[1, 4, 5, 4, 1]], "expected": 34},
        {"tags": ["extreme-values"], "args": [[30_000, 1, 30_000]], "expected": 60_004},
        {"tags": ["modulo"], "args": [[30_000] * 400], "expected": 30_000 * 400 * 401 // 2 % 1_000_000_007},
        {"tags": ["zigzag"], "args": [[2, 1, 2, 1, 2]], "expected": 18},
    ]
    for n, hi, tag in ((10, 5, "small"), (200, 100, "medium"), (3000, 30_000, "large")):
        cases.append({"tags": [tag, "random"], "args": [[rng.randint(1, hi) for _ in range(n)]]})
    cases.append({"tags": ["random", "duplicates"], "args": [[rng.randint(1, 3) for _ in range(500)]]})
    cases.append({"tags": ["random", "modulo"], "args": [[rng.randint(20_000, 30_000) for _ in range(2000)]]})
    cases.append({"tags": ["sawtooth", "duplicates"], "args": [[1 + k % 7 for k in range(1000)]]})
    cases.append({"tags": ["increasing", "modulo"], "args": [list(range(1, 3001))]})
    cases.append({"tags": ["decreasing", "modulo"], "args": [list(range(3000, 0, -1))]})
    cases.append({"tags": ["valley", "duplicates"], "args": [[abs(k) + 1 for k in range(-500, 501)]]})

    # Max size: n = 30_000, so there are 4.5e8 subarrays; totals reach ~1.35e13 before the modulo.
    n = 30_000
    cases.append({"tags": ["max-size", "all-equal", "modulo"], "args": [[30_000] * n]})
    cases.append({"tags": ["max-size", "increasing"], "args": [list(range(1, n + 1))]})
    cases.append({"tags": ["max-size", "decreasing"], "args": [list(range(n, 0, -1))]})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(1, 30_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "duplicates"], "args": [[rng.randint(1, 4) for _ in range(n)]]})
    return cases
