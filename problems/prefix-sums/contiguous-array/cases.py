"""Cases for contiguous-array."""

import random

EXAMPLES = [
    {"args": [[1, 1, 0, 1, 0, 0, 0]], "expected": 6,
     "explanation": "The first six elements hold three 1s and three 0s."},
    {"args": [[0, 0, 1]], "expected": 2, "explanation": "[0, 1] at positions 1-2."},
    {"args": [[1, 1]], "expected": 0, "explanation": "No run holds a 0."},
]


def hidden_cases():
    rng = random.Random(525)
    cases = [
        {"tags": ["single"], "args": [[0]], "expected": 0},
        {"tags": ["single"], "args": [[1]], "expected": 0},
        {"tags": ["pair", "from-start"], "args": [[0, 1]], "expected": 2},
        {"tags": ["pair", "from-start"], "args": [[1, 0]], "expected": 2},
        {"tags": ["all-equal"], "args": [[0, 0, 0]], "expected": 0},
        {"tags": ["all-equal"], "args": [[1, 1, 1, 1]], "expected": 0},
        {"tags": ["small"], "args": [[0, 1, 0]], "expected": 2},
        {"tags": ["at-end"], "args": [[1, 1, 1, 0]], "expected": 2},
        {"tags": ["at-end"], "args": [[0, 0, 0, 1, 1]], "expected": 4},
        {"tags": ["alternating", "whole-list"], "args": [[1, 0, 1, 0, 1, 0]], "expected": 6},
        {"tags": ["whole-list"], "args": [[0, 0, 1, 1]], "expected": 4},
        {"tags": ["middle"], "args": [[0, 0, 1, 0, 0, 0, 1, 1]], "expected": 6},
        {"tags": ["middle"], "args": [[0, 1, 1, 0, 1, 1, 1, 0]], "expected": 4},
        {"tags": ["middle"], "args": [[1, 1, 1, 0, 0, 1, 1, 1]], "expected": 4},
        {"tags": ["from-start"], "args": [[1, 1, 0, 0, 1]], "expected": 4},
        {"tags": ["earliest-position"], "args": [[0, 1, 0, 1, 1, 1]], "expected": 4},
        {"tags": ["earliest-position"], "args": [[1, 0, 0, 1, 0, 1, 1]], "expected": 6},
        {"tags": ["skewed"], "args": [[0, 0, 0, 0, 1, 0, 0, 0]], "expected": 2},
        {"tags": ["symmetric"], "args": [[0, 0, 1, 1, 0, 0]], "expected": 4},
        {"tags": ["nested"], "args": [[1, 0, 0, 0, 1, 1, 0, 1]], "expected": 8},
        {"tags": ["two-blocks"], "args": [[0, 0, 0, 1, 1, 1, 1, 1, 0]], "expected": 6},
    ]
    for n in (10, 100, 1000, 5000):
        cases.append({"tags": ["random"], "args": [[rng.randint(0, 1) for _ in range(n)]]})
    cases.append({"tags": ["random", "skewed"], "args": [[int(rng.random() < 0.2) for _ in range(3000)]]})

    # Max size: 100,000 bits; a balance from every start is about 5e9 steps.
    n = 100_000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 1) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "alternating", "whole-list"], "args": [[k % 2 for k in range(n)]],
                  "expected": n})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[0] * n], "expected": 0})
    cases.append({"tags": ["max-size", "two-blocks", "whole-list"], "args": [[1] * (n // 2) + [0] * (n // 2)],
                  "expected": n})
    nums = [0] * n
    for k in range(n // 2 - 500, n // 2 + 500):
        nums[k] = 1  # 1000 ones in a row: the best run is 1000 ones and 1000 zeros around them
    cases.append({"tags": ["max-size", "skewed", "middle"], "args": [nums], "expected": 2000})
    return cases
