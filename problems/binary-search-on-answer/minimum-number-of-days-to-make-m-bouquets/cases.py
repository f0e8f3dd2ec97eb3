"""Cases for minimum-number-of-days-to-make-m-bouquets."""

import random

EXAMPLES = [
    {"args": [[7, 2, 5, 9, 3, 4], 2, 2], "expected": 5,
     "explanation": "On day 5 the flowers 2, 5 (positions 1-2) and 3, 4 (positions 4-5) are open: two bouquets. "
                    "On day 4 position 2 is still closed, so only one pair is adjacent."},
    {"args": [[1, 2, 3], 2, 2], "expected": -1, "explanation": "Two bouquets of two need four flowers; there are three."},
    {"args": [[1, 10, 1, 10, 1], 1, 2], "expected": 10,
     "explanation": "Three flowers open on day 1, but no two of them are adjacent."},
]

BIG = 10**9


def hidden_cases():
    rng = random.Random(1482)
    cases = [
        {"tags": ["single"], "args": [[BIG], 1, 1], "expected": BIG},
        {"tags": ["single", "impossible"], "args": [[1], 2, 1], "expected": -1},
        {"tags": ["impossible"], "args": [[5, 5, 5, 5, 5], 3, 2], "expected": -1},
        {"tags": ["impossible", "huge-m"], "args": [[1, 2, 3, 4], 1_000_000, 4], "expected": -1},
        {"tags": ["exact-count"], "args": [[5, 1, 3], 3, 1], "expected": 5},
        {"tags": ["exact-count"], "args": [[5, 1, 3], 1, 3], "expected": 5},
        {"tags": ["exact-count"], "args": [[2, 9, 4, 4], 2, 2], "expected": 9},
        {"tags": ["k-one"], "args": [[4, 2, 8, 6], 2, 1], "expected": 4},
        {"tags": ["k-one", "all-equal"], "args": [[3, 3, 3], 2, 1], "expected": 3},
        {"tags": ["adjacency"], "args": [[1, 10, 1, 10, 1], 1, 3], "expected": 10},
        {"tags": ["adjacency"], "args": [[1, 1, 10, 1, 1], 2, 2], "expected": 1},
        {"tags": ["adjacency", "reset"], "args": [[1, 1, 9, 1, 1], 1, 3], "expected": 9},
        {"tags": ["adjacency", "reset"], "args": [[1, 1, 9, 1, 1], 1, 4], "expected": 9},
        {"tags": ["long-run"], "args": [[2, 2, 2, 2, 2], 2, 2], "expected": 2},
        {"tags": ["long-run", "leftover"], "args": [[1, 1, 1, 9, 1, 1, 1], 2, 3], "expected": 1},
        {"tags": ["leftover"], "args": [[1, 1, 1, 9, 9, 1], 2, 2], "expected": 9},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4, 5, 6], 2, 3], "expected": 6},
        {"tags": ["reversed"], "args": [[6, 5, 4, 3, 2, 1], 1, 3], "expected": 3},
        {"tags": ["middle"], "args": [[9, 9, 2, 3, 9, 9], 1, 2], "expected": 3},
        {"tags": ["extreme-values"], "args": [[BIG, 1, BIG], 1, 2], "expected": BIG},
        {"tags": ["extreme-values"], "args": [[BIG, BIG - 1, 1, BIG], 2, 1], "expected": BIG - 1},
    ]
    for n, top, tag in ((10, 9, "small"), (300, 1000, "medium"), (3000, BIG, "large")):
        bloom = [rng.randint(1, top) for _ in range(n)]
        k = rng.randint(1, 4)
        cases.append({"tags": [tag, "random"], "args": [bloom, rng.randint(1, n // k), k]})
    bloom = [rng.randint(1, 100) for _ in range(1000)]
    cases.append({"tags": ["random", "impossible"], "args": [bloom, 101, 10]})
    cases.append({"tags": ["random", "exact-count"], "args": [bloom, 100, 10]})

    # Max size: n = 30_000 with the answer at or near the last distinct day, so checking every
    # day in turn makes ~n full passes (~1e9 steps).
    n = 30_000
    bloom = rng.sample(range(1, BIG), n)
    cases.append({"tags": ["max-size", "exact-count"], "args": [bloom, n // 5, 5]})
    bloom = [rng.randint(1, BIG) for _ in range(n)]
    cases.append({"tags": ["max-size", "random"], "args": [bloom, n // 20, 15]})
    cases.append({"tags": ["max-size", "sorted", "one-bouquet"], "args": [list(range(1, n + 1)), 1, n]})
    bloom = rng.sample(range(1, BIG), n)
    cases.append({"tags": ["max-size", "k-one"], "args": [bloom, n - 1, 1]})
    cases.append({"tags": ["max-size", "impossible"], "args": [bloom, 1_000_000, n]})
    return cases
