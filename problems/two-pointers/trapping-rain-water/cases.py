"""Cases for trapping-rain-water."""

import random

EXAMPLES = [
    {"args": [[3, 0, 0, 2, 0, 4]], "expected": 10,
     "explanation": "The water level is 3 over columns 1 to 4 (the lower wall is the 3 on the left): "
                    "3 + 3 + 1 + 3 = 10."},
    {"args": [[1, 2, 3, 2]], "expected": 0, "explanation": "No column has a taller wall on both sides."},
]


def hidden_cases():
    rng = random.Random(42)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": 0},
        {"tags": ["single", "zero"], "args": [[0]], "expected": 0},
        {"tags": ["pair"], "args": [[4, 1]], "expected": 0},
        {"tags": ["small"], "args": [[2, 0, 2]], "expected": 2},
        {"tags": ["peak"], "args": [[0, 1, 0]], "expected": 0},
        {"tags": ["peak"], "args": [[0, 3, 0]], "expected": 0},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4]], "expected": 0},
        {"tags": ["reversed"], "args": [[4, 3, 2, 1]], "expected": 0},
        {"tags": ["zero", "all-equal"], "args": [[0, 0, 0]], "expected": 0},
        {"tags": ["all-equal"], "args": [[5, 5, 5, 5]], "expected": 0},
        {"tags": ["valley"], "args": [[2, 1, 0, 1, 2]], "expected": 4},
        {"tags": ["duplicates"], "args": [[1, 0, 1, 0, 1]], "expected": 2},
        {"tags": ["uneven-walls"], "args": [[4, 1, 1, 0, 2, 3]], "expected": 8},
        {"tags": ["uneven-walls", "low-right"], "args": [[5, 0, 0, 0, 0, 1]], "expected": 4},
        {"tags": ["uneven-walls", "low-left"], "args": [[1, 0, 0, 0, 0, 5]], "expected": 4},
        {"tags": ["small"], "args": [[3, 0, 1, 0, 3]], "expected": 8},
        {"tags": ["nested"], "args": [[5, 2, 1, 2, 1, 5]], "expected": 14},
        {"tags": ["two-basins"], "args": [[3, 0, 3, 0, 1]], "expected": 4},
        {"tags": ["two-basins", "middle-peak"], "args": [[2, 0, 5, 0, 3]], "expected": 5},
        {"tags": ["tall-inside"], "args": [[1, 0, 6, 0, 1]], "expected": 2},
        {"tags": ["extreme-values"], "args": [[100_000, 0, 100_000]], "expected": 100_000},
        {"tags": ["plateau"], "args": [[3, 3, 0, 0, 3, 3]], "expected": 6},
        {"tags": ["plateau", "zero"], "args": [[0, 0, 2, 0, 0, 2, 0, 0]], "expected": 4},
    ]
    for n in (10, 100, 1000):
        cases.append({"tags": ["random"], "args": [[rng.randint(0, 10) for _ in range(n)]]})
    cases.append({"tags": ["random", "extreme-values"], "args": [[rng.randint(0, 100_000) for _ in range(5000)]]})

    # Max size, LeetCode's: 20,000 columns; scanning both sides for every column is 4 * 10^8 steps.
    n = 20_000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 100_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "extreme-values", "zero"], "args": [[100_000] + [0] * (n - 2) + [100_000]],
                  "expected": 100_000 * (n - 2)})
    mountain = list(range(n // 2)) + list(range(n // 2 - 1, -1, -1))
    cases.append({"tags": ["max-size", "peak"], "args": [mountain], "expected": 0})
    valley = list(range(n // 2, 0, -1)) + list(range(1, n // 2 + 1))
    cases.append({"tags": ["max-size", "valley"], "args": [valley], "expected": (n // 2 - 1) * (n // 2) // 2 * 2})
    saw = [(i % 7) * 1000 + rng.randint(0, 999) for i in range(n)]
    cases.append({"tags": ["max-size", "two-basins"], "args": [saw]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[7] * n], "expected": 0})
    return cases
