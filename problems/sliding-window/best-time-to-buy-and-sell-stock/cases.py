"""Cases for best-time-to-buy-and-sell-stock."""

import random

EXAMPLES = [
    {"args": [[8, 3, 6, 1, 5, 4]], "expected": 4,
     "explanation": "Buy at 1 (day 3) and sell at 5 (day 4). Selling at 8 is impossible: day 0 comes first."},
    {"args": [[9, 7, 7, 2]], "expected": 0, "explanation": "The price never rises, so do not trade."},
]


def hidden_cases():
    rng = random.Random(121)
    cases = [
        {"tags": ["single"], "args": [[7]], "expected": 0},
        {"tags": ["single", "zero"], "args": [[0]], "expected": 0},
        {"tags": ["pair"], "args": [[1, 2]], "expected": 1},
        {"tags": ["pair"], "args": [[2, 1]], "expected": 0},
        {"tags": ["all-equal"], "args": [[4, 4, 4, 4]], "expected": 0},
        {"tags": ["reversed"], "args": [[9, 8, 6, 3, 1]], "expected": 0},
        {"tags": ["sorted"], "args": [[1, 3, 6, 10]], "expected": 9},
        {"tags": ["low-after-high"], "args": [[3, 8, 1, 4]], "expected": 5},
        {"tags": ["low-after-high"], "args": [[2, 9, 1, 5]], "expected": 7},
        {"tags": ["low-after-high"], "args": [[10, 1, 2, 20, 0, 5]], "expected": 19},
        {"tags": ["last-day"], "args": [[3, 1, 4]], "expected": 3},
        {"tags": ["last-day"], "args": [[5, 4, 3, 2, 10]], "expected": 8},
        {"tags": ["first-day"], "args": [[1, 9, 3, 7]], "expected": 8},
        {"tags": ["zero", "extreme-values"], "args": [[0, 10_000]], "expected": 10_000},
        {"tags": ["extreme-values"], "args": [[10_000, 0, 10_000]], "expected": 10_000},
        {"tags": ["second-rise"], "args": [[2, 4, 1, 7]], "expected": 6},
        {"tags": ["second-rise"], "args": [[1, 2, 0, 1, 9]], "expected": 9},
        {"tags": ["first-rise-best"], "args": [[1, 8, 3, 5, 2, 6]], "expected": 7},
        {"tags": ["plateau"], "args": [[3, 3, 5, 5, 0, 0, 2]], "expected": 2},
        {"tags": ["duplicates"], "args": [[2, 1, 2, 1, 2, 1]], "expected": 1},
        {"tags": ["zigzag"], "args": [[5, 1, 6, 2, 7, 3, 8]], "expected": 7},
    ]
    for n in (10, 100, 1000):
        cases.append({"tags": ["random"], "args": [[rng.randint(0, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["random", "low"], "args": [[rng.randint(0, 3) for _ in range(300)]]})

    # Max size: 100,000 days; searching the best later price for every day is about 5e9 steps.
    n = 100_000
    cases.append({"tags": ["max-size", "random"], "args": [[rng.randint(0, 10_000) for _ in range(n)]]})
    cases.append({"tags": ["max-size", "reversed"], "args": [[10_000 - i // 10 for i in range(n)]], "expected": 0})
    cases.append({"tags": ["max-size", "sorted", "extreme-values"], "args": [[i // 10 for i in range(n)]],
                  "expected": (n - 1) // 10})
    prices = [rng.randint(4000, 6000) for _ in range(n)]
    prices[0], prices[n // 2], prices[-1] = 10_000, 0, 10_000  # the best sale is the very last day
    cases.append({"tags": ["max-size", "last-day", "low-after-high"], "args": [prices], "expected": 10_000})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[5_000] * n], "expected": 0})
    return cases
