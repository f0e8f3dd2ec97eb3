"""Cases for daily-temperatures."""

import random

EXAMPLES = [
    {"args": [[60, 55, 58, 62, 62, 50]], "expected": [3, 1, 1, 0, 0, 0],
     "explanation": "Day 0 (60) waits until day 3 (62); days 1 and 2 are followed at once by a warmer day; "
                    "62 is never beaten (a second 62 is not warmer), and nothing follows day 5."},
    {"args": [[30, 40, 50]], "expected": [1, 1, 0],
     "explanation": "Each day is beaten by the next one, except the last."},
    {"args": [[45, 45, 45]], "expected": [0, 0, 0],
     "explanation": "Equal temperatures never end a wait."},
]


def hidden_cases():
    rng = random.Random(739)
    cases = [
        {"tags": ["single"], "args": [[50]], "expected": [0]},
        {"tags": ["min-size", "increasing"], "args": [[30, 100]], "expected": [1, 0]},
        {"tags": ["min-size", "decreasing"], "args": [[100, 30]], "expected": [0, 0]},
        {"tags": ["all-equal"], "args": [[70, 70, 70, 70]], "expected": [0, 0, 0, 0]},
        {"tags": ["all-equal", "plateau"], "args": [[70, 70, 70, 71]], "expected": [3, 2, 1, 0]},
        {"tags": ["duplicates", "non-strict"], "args": [[40, 40, 41, 40, 42]], "expected": [2, 1, 2, 1, 0]},
        {"tags": ["sorted", "increasing"], "args": [[31, 32, 33, 34, 35]], "expected": [1, 1, 1, 1, 0]},
        {"tags": ["reversed", "decreasing"], "args": [[90, 80, 70, 60]], "expected": [0, 0, 0, 0]},
        {"tags": ["valley"], "args": [[80, 60, 50, 70, 90]], "expected": [4, 2, 1, 1, 0]},
        {"tags": ["far-wait"], "args": [[75, 71, 69, 72, 76, 73]], "expected": [4, 2, 1, 1, 0, 0]},
        {"tags": ["mountain"], "args": [[50, 60, 70, 60, 50]], "expected": [1, 1, 0, 0, 0]},
        {"tags": ["zigzag"], "args": [[50, 40, 55, 45, 60, 50]], "expected": [2, 1, 2, 1, 0, 0]},
        {"tags": ["pop-many"], "args": [[99, 98, 97, 96, 95, 100]], "expected": [5, 4, 3, 2, 1, 0]},
        {"tags": ["extreme-values"], "args": [[100, 30, 100, 30]], "expected": [0, 1, 0, 0]},
        {"tags": ["extreme-values", "first-not-warmest"], "args": [[30, 31, 100]], "expected": [1, 1, 0]},
        {"tags": ["last-warmest"], "args": [[34, 33, 35, 32, 36]], "expected": [2, 1, 2, 1, 0]},
        {"tags": ["first-warmest"], "args": [[100, 35, 36, 37]], "expected": [0, 1, 1, 0]},
        {"tags": ["duplicates", "plateau"], "args": [[60, 50, 50, 50, 55, 60, 61]],
         "expected": [6, 3, 2, 1, 1, 1, 0]},
    ]
    for n, tag in ((10, "small"), (200, "medium"), (5000, "large")):
        cases.append({"tags": [tag, "random"], "args": [[rng.randint(30, 100) for _ in range(n)]]})
    cases.append({"tags": ["random", "duplicates"], "args": [[rng.randint(30, 33) for _ in range(300)]]})
    cases.append({"tags": ["sawtooth", "medium"], "args": [[100 - k % 71 for k in range(1000)]]})

    # Max size: n = 100_000. A forward scan from every day costs ~n^2 / 2 on the plateaus.
    n = 100_000
    cases.append({"tags": ["max-size", "all-equal"], "args": [[65] * n]})
    cases.append({"tags": ["max-size", "plateau"], "args": [[65] * (n - 1) + [66]]})
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(30, 100) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "duplicates", "decreasing"],
                  "args": [[100 - 70 * k // n for k in range(n - 1)] + [100]]})
    cases.append({"tags": ["max-size", "sawtooth"], "args": [[30 + k % 71 for k in range(n)]]})
    return cases
