"""Cases for three-sum. The checker accepts triplets in any order, values in any order within each."""

import random

EXAMPLES = [
    {"args": [[2, -3, 1, 0, -1]], "expected": [[-3, 1, 2], [-1, 0, 1]],
     "explanation": "-3 + 1 + 2 = 0 and -1 + 0 + 1 = 0; no other choice of three values sums to zero."},
    {"args": [[-2, 1, 1, 1]], "expected": [[-2, 1, 1]],
     "explanation": "Three positions hold a 1, but [-2, 1, 1] is listed once."},
    {"args": [[4, -1, 5]], "expected": [], "explanation": "The only triplet sums to 8."},
]


def hidden_cases():
    rng = random.Random(15)
    cases = [
        {"tags": ["min-size", "zero"], "args": [[0, 0, 0]], "expected": [[0, 0, 0]]},
        {"tags": ["min-size"], "args": [[1, 2, 3]], "expected": []},
        {"tags": ["min-size"], "args": [[1, 0, -1]], "expected": [[-1, 0, 1]]},
        {"tags": ["min-size", "negative"], "args": [[-3, -2, -1]], "expected": []},
        {"tags": ["min-size", "duplicates"], "args": [[-1, 2, -1]], "expected": [[-1, -1, 2]]},
        {"tags": ["min-size", "zero"], "args": [[0, 0, 1]], "expected": []},
        {"tags": ["duplicates", "zero"], "args": [[0, 0, 0, 0, 0]], "expected": [[0, 0, 0]]},
        {"tags": ["duplicates"], "args": [[-1, -1, -1, 2, 2]], "expected": [[-1, -1, 2]]},
        {"tags": ["duplicates"], "args": [[-2, -2, 4, 4, -2]], "expected": [[-2, -2, 4]]},
        {"tags": ["duplicates"], "args": [[-2, 0, 0, 2, 2]], "expected": [[-2, 0, 2]]},
        {"tags": ["duplicates"], "args": [[1, -1, -1, 0]], "expected": [[-1, 0, 1]]},
        {"tags": ["duplicates", "zero"], "args": [[5, -5, 0, 0, 0, 5, -5]], "expected": [[-5, 0, 5], [0, 0, 0]]},
        {"tags": ["duplicates"], "args": [[-2, 0, 1, 1, 2]], "expected": [[-2, 0, 2], [-2, 1, 1]]},
        {"tags": ["duplicates"], "args": [[-4, 1, 3, 2, 2]], "expected": [[-4, 1, 3], [-4, 2, 2]]},
        {"tags": ["no-reuse"], "args": [[-2, 1, 5]], "expected": []},
        {"tags": ["no-reuse"], "args": [[-6, 3, 9, 1]], "expected": []},
        {"tags": ["no-reuse", "zero"], "args": [[0, 0, 5, -4]], "expected": []},
        {"tags": ["extreme-values"], "args": [[-100000, 50000, 50000]], "expected": [[-100000, 50000, 50000]]},
        {"tags": ["extreme-values"], "args": [[100000, -100000, 0, 100000]], "expected": [[-100000, 0, 100000]]},
        {"tags": ["all-positive"], "args": [[3, 1, 4, 1, 5, 9, 2, 6]], "expected": []},
        {"tags": ["all-negative"], "args": [[-3, -1, -4, -1, -5]], "expected": []},
        {"tags": ["several"], "args": [[-4, -1, -1, 0, 1, 2]], "expected": [[-1, -1, 2], [-1, 0, 1]]},
        {"tags": ["several", "duplicates"], "args": [[-3, -3, 0, 1, 2, 3, 3, 6]],
         "expected": [[-3, -3, 6], [-3, 0, 3], [-3, 1, 2]]},
        {"tags": ["several"], "args": [[6, -5, -1, 2, 3, -4, 0, 1]],
         "expected": [[-5, -1, 6], [-5, 2, 3], [-4, 1, 3], [-1, 0, 1]]},
    ]
    for n, span in ((12, 6), (40, 20), (200, 100), (500, 100_000)):
        cases.append({"tags": ["random"], "args": [[rng.randint(-span, span) for _ in range(n)]]})
    cases.append({"tags": ["random", "duplicates"], "args": [[rng.choice([-3, -1, 0, 1, 2, 4]) for _ in range(300)]]})

    # Max size: 1200 values. Every triple of positions is about 2.9e8 checks; two pointers do 7.2e5 steps.
    n = 1200
    cases.append({"tags": ["max-size", "random"], "args": [rng.sample(range(-100_000, 100_001), n)]})
    cases.append({"tags": ["max-size", "dense", "many-answers"], "args": [rng.sample(range(-3000, 3001), n)]})
    cases.append({"tags": ["max-size", "zero", "duplicates"], "args": [[0] * n], "expected": [[0, 0, 0]]})
    cases.append({"tags": ["max-size", "duplicates"], "args": [[rng.choice([-2, -1, 0, 1, 2]) for _ in range(n)]],
                  "expected": [[-2, 0, 2], [-2, 1, 1], [-1, -1, 2], [-1, 0, 1], [0, 0, 0]]})
    cases.append({"tags": ["max-size", "all-positive"], "args": [rng.sample(range(1, 100_001), n)], "expected": []})
    return cases
