"""Cases for largest-rectangle-in-histogram."""

import random

EXAMPLES = [
    {"args": [[3, 1, 3, 2, 2]], "expected": 6,
     "explanation": "The last three bars (3, 2, 2) hold a rectangle of height 2 and width 3."},
    {"args": [[2, 4]], "expected": 4, "explanation": "The tall bar alone (4 x 1) ties with both bars (2 x 2)."},
    {"args": [[4, 4, 0, 3, 3, 3]], "expected": 9,
     "explanation": "The 0 splits the bars; the three 3s on the right give 9, more than the 8 on the left."},
]


def hidden_cases():
    rng = random.Random(84)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": 5},
        {"tags": ["single", "zero"], "args": [[0]], "expected": 0},
        {"tags": ["all-zero"], "args": [[0, 0, 0]], "expected": 0},
        {"tags": ["all-equal"], "args": [[2, 2, 2]], "expected": 6},
        {"tags": ["sorted", "increasing"], "args": [[1, 2, 3, 4, 5]], "expected": 9},
        {"tags": ["reversed", "decreasing"], "args": [[5, 4, 3, 2, 1]], "expected": 9},
        {"tags": ["valley"], "args": [[2, 1, 2]], "expected": 3},
        {"tags": ["valley"], "args": [[4, 1, 4]], "expected": 4},
        {"tags": ["mountain"], "args": [[1, 3, 5, 3, 1]], "expected": 9},
        {"tags": ["zero", "split"], "args": [[0, 5, 0]], "expected": 5},
        {"tags": ["zero", "split"], "args": [[2, 3, 0, 3, 2]], "expected": 4},
        {"tags": ["tall-bar"], "args": [[1, 1, 1, 10]], "expected": 10},
        {"tags": ["tall-bar", "first"], "args": [[10, 1, 1, 1]], "expected": 10},
        {"tags": ["wide"], "args": [[3, 4, 3, 5, 3, 6, 3]], "expected": 21},
        {"tags": ["middle"], "args": [[6, 2, 5, 4, 5, 1, 6]], "expected": 12},
        {"tags": ["min-size"], "args": [[4, 2]], "expected": 4},
        {"tags": ["duplicates", "ends"], "args": [[2, 1, 5, 6, 2, 3]], "expected": 10},
        {"tags": ["duplicates"], "args": [[1, 2, 2, 1]], "expected": 4},
        {"tags": ["extreme-values"], "args": [[10_000, 10_000, 0, 10_000]], "expected": 20_000},
        {"tags": ["to-the-end"], "args": [[1, 5, 4, 4]], "expected": 12},
    ]
    for n, hi, tag in ((12, 8, "small"), (300, 50, "medium"), (5000, 10_000, "large")):
        cases.append({"tags": [tag, "random"], "args": [[rng.randint(0, hi) for _ in range(n)]]})
    cases.append({"tags": ["random", "duplicates"], "args": [[rng.randint(0, 2) for _ in range(400)]]})
    cases.append({"tags": ["random", "zero"], "args": [[rng.choice([0, rng.randint(1, 100)]) for _ in range(400)]]})

    # Max size: n = 100_000. Every run of bars is ~n^2 / 2 = 5e9; the answers reach 1e9.
    n = 100_000
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [[10_000] * n]})
    cases.append({"tags": ["max-size", "increasing", "duplicates"], "args": [[k // 10 for k in range(n)]]})
    cases.append({"tags": ["max-size", "decreasing"], "args": [[10_000 - k // 10 for k in range(n)]]})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "mountain"],
                  "args": [[min(k, n - 1 - k) * 10_000 // (n // 2) for k in range(n)]]})
    return cases
