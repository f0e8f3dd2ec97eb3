"""Cases for capacity-to-ship-packages-within-d-days."""

import random

EXAMPLES = [
    {"args": [[3, 2, 2, 4, 1, 4], 3], "expected": 6,
     "explanation": "Capacity 6 ships [3, 2], [2, 4], [1, 4]; with 5 it takes four days: [3, 2], [2], [4, 1], [4]."},
    {"args": [[1, 2, 3, 4, 5], 1], "expected": 15, "explanation": "One day: everything sails at once."},
    {"args": [[10, 1, 1, 1], 2], "expected": 10,
     "explanation": "The 10 forces a capacity of 10, and then [10], [1, 1, 1] fits in two days."},
]


def hidden_cases():
    rng = random.Random(1011)
    cases = [
        {"tags": ["single", "min-size"], "args": [[7], 1], "expected": 7},
        {"tags": ["one-day"], "args": [[4, 4, 4], 1], "expected": 12},
        {"tags": ["days-equals-n"], "args": [[1, 2, 3], 3], "expected": 3},
        {"tags": ["days-equals-n", "heaviest-first"], "args": [[9, 2, 3, 1], 4], "expected": 9},
        {"tags": ["all-equal"], "args": [[1, 1, 1, 1], 2], "expected": 2},
        {"tags": ["all-equal", "uneven"], "args": [[500] * 5, 2], "expected": 1500},
        {"tags": ["heaviest-bound"], "args": [[10, 1, 1, 1], 3], "expected": 10},
        {"tags": ["heaviest-bound", "last"], "args": [[1, 1, 1, 10], 2], "expected": 10},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4, 5], 2], "expected": 9},
        {"tags": ["reversed"], "args": [[5, 4, 3, 2, 1], 2], "expected": 9},
        {"tags": ["order-matters"], "args": [[5, 1, 1, 5], 2], "expected": 6},
        {"tags": ["order-matters"], "args": [[1, 5, 5, 1], 2], "expected": 6},
        {"tags": ["exact-fill"], "args": [[2, 3, 5, 1, 4], 2], "expected": 10},
        {"tags": ["exact-fill"], "args": [[3, 3, 3, 3], 2], "expected": 6},
        {"tags": ["average-trap"], "args": [[1, 1, 1, 1, 5, 5], 3], "expected": 5},
        {"tags": ["average-trap"], "args": [[4, 1, 4, 1, 4], 2], "expected": 9},
        {"tags": ["extreme-values"], "args": [[500, 1, 500], 2], "expected": 501},
        {"tags": ["spare-days"], "args": [[6, 6, 6], 3], "expected": 6},
        {"tags": ["spare-days"], "args": [[2, 2, 1, 1], 3], "expected": 2},
    ]
    for n, top, tag in ((10, 9, "small"), (200, 50, "medium"), (3000, 500, "large")):
        weights = [rng.randint(1, top) for _ in range(n)]
        cases.append({"tags": [tag, "random"], "args": [weights, rng.randint(1, n)]})
    weights = [rng.randint(1, 500) for _ in range(1000)]
    cases.append({"tags": ["random", "few-days"], "args": [weights, 3]})
    cases.append({"tags": ["random", "many-days"], "args": [weights, 900]})

    # Max size: n = 30_000, total weight up to 1.5e7. Trying capacities one by one from the
    # heaviest package takes millions of passes when the days are few.
    n = 30_000
    weights = [rng.randint(1, 500) for _ in range(n)]
    cases.append({"tags": ["max-size", "one-day"], "args": [weights, 1]})
    cases.append({"tags": ["max-size", "few-days"], "args": [weights, 7]})
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [[500] * n, 29]})
    weights = [rng.randint(1, 500) for _ in range(n)]
    cases.append({"tags": ["max-size", "random"], "args": [weights, 300]})
    cases.append({"tags": ["max-size", "days-equals-n"], "args": [weights, n]})
    return cases
