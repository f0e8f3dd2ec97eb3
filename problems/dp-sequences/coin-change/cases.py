"""Cases for coin-change (1 <= len(coins) <= 12, 0 <= amount <= 10_000)."""

import random

EXAMPLES = [
    {"args": [[1, 2, 5], 11], "expected": 3, "explanation": "5 + 5 + 1."},
    {"args": [[1, 3, 4], 6], "expected": 2,
     "explanation": "3 + 3; taking the largest coin first would use 4 + 1 + 1."},
    {"args": [[2], 3], "expected": -1, "explanation": "Coins of 2 only make even amounts."},
    {"args": [[7], 0], "expected": 0, "explanation": "Nothing to pay, so no coins."},
]


def hidden_cases():
    rng = random.Random(322)
    cases = [
        {"tags": ["zero-amount", "single"], "args": [[1], 0], "expected": 0},
        {"tags": ["zero-amount"], "args": [[5, 9], 0], "expected": 0},
        {"tags": ["single"], "args": [[1], 1], "expected": 1},
        {"tags": ["single", "exact-coin"], "args": [[7], 7], "expected": 1},
        {"tags": ["single", "unreachable"], "args": [[2], 3], "expected": -1},
        {"tags": ["single", "reuse"], "args": [[5], 10], "expected": 2},
        {"tags": ["unreachable", "too-small"], "args": [[2, 3], 1], "expected": -1},
        {"tags": ["unreachable"], "args": [[3, 7], 11], "expected": -1},
        {"tags": ["unreachable"], "args": [[5, 3], 7], "expected": -1},
        {"tags": ["reuse"], "args": [[3, 7], 13], "expected": 3},
        {"tags": ["reuse"], "args": [[1, 2, 5], 11], "expected": 3},
        {"tags": ["greedy-trap"], "args": [[1, 3, 4], 6], "expected": 2},
        {"tags": ["greedy-trap"], "args": [[9, 6, 5, 1], 11], "expected": 2},
        {"tags": ["greedy-trap", "unsorted"], "args": [[2, 5, 10, 1], 27], "expected": 4},
        {"tags": ["greedy-trap", "no-unit"], "args": [[4, 6, 9], 12], "expected": 2},
        {"tags": ["greedy-trap", "no-unit"], "args": [[5, 7], 14], "expected": 2},
        {"tags": ["duplicates"], "args": [[2, 2, 3], 7], "expected": 3},
        {"tags": ["all-ones"], "args": [[1], 37], "expected": 37},
        {"tags": ["huge-coin"], "args": [[2147483647], 2], "expected": -1},
        {"tags": ["huge-coin"], "args": [[2147483647, 1], 3], "expected": 3},
        {"tags": ["huge-coin", "exact-coin"], "args": [[1, 10000], 10000], "expected": 1},
    ]
    for k, hi, amount in ((3, 20, 57), (5, 50, 999), (8, 300, 4321)):
        coins = rng.sample(range(1, hi + 1), k)
        cases.append({"tags": ["random"], "args": [coins, amount]})
    # Max size: 12 kinds, amount 10_000. Recursing on every coin without memory never finishes.
    # 9999 = 5000 + 2*2000 + 500 + 2*200 + 50 + 2*20 + 5 + 2*2: twelve coins.
    euro = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
    cases.append({"tags": ["max-size", "canonical"], "args": [euro, 9999], "expected": 12})
    cases.append({"tags": ["max-size", "unreachable", "no-unit"],
                  "args": [[2 * c for c in rng.sample(range(1, 200), 12)], 9999], "expected": -1})
    cases.append({"tags": ["max-size", "random", "greedy-trap"],
                  "args": [rng.sample(range(3, 600), 12), 10000]})
    cases.append({"tags": ["max-size", "small-coins", "unsorted"], "args": [[5, 3, 7, 2, 11, 13, 4, 9, 17, 6, 8, 23], 9973]})
    cases.append({"tags": ["max-size", "all-ones", "reuse"], "args": [[1], 10000], "expected": 10000})
    return cases
