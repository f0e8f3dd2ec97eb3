"""Cases for koko-eating-bananas."""

import random

EXAMPLES = [
    {"args": [[4, 9, 7], 6], "expected": 4,
     "explanation": "At 4 an hour the piles take 1 + 3 + 2 = 6 hours; at 3 an hour they would take 2 + 3 + 3 = 8."},
    {"args": [[10], 3], "expected": 4,
     "explanation": "One pile of 10 in 3 hours: 4 an hour needs ceil(10 / 4) = 3 hours, 3 an hour needs 4."},
    {"args": [[5, 8, 2], 3], "expected": 8,
     "explanation": "Three hours for three piles: each pile must go in one hour, so the speed is the largest pile."},
]

BIG = 10**9


def hidden_cases():
    rng = random.Random(875)
    cases = [
        {"tags": ["single", "min-size"], "args": [[1], 1], "expected": 1},
        {"tags": ["single"], "args": [[7], 7], "expected": 1},
        {"tags": ["single", "exact-division"], "args": [[6], 2], "expected": 3},
        {"tags": ["single", "ceil"], "args": [[7], 2], "expected": 4},
        {"tags": ["all-ones"], "args": [[1, 1, 1], 3], "expected": 1},
        {"tags": ["h-equals-n"], "args": [[3, 6, 7, 11], 4], "expected": 11},
        {"tags": ["h-equals-n", "all-equal"], "args": [[5, 5, 5], 3], "expected": 5},
        {"tags": ["plenty-of-time"], "args": [[3, 6, 7, 11], 100], "expected": 1},
        {"tags": ["plenty-of-time", "exact-hours"], "args": [[3, 6, 7, 11], 27], "expected": 1},
        {"tags": ["exact-hours"], "args": [[3, 6, 7, 11], 26], "expected": 2},
        {"tags": ["ceil"], "args": [[3, 6, 7, 11], 8], "expected": 4},
        {"tags": ["ceil"], "args": [[9, 9, 9], 4], "expected": 9},
        {"tags": ["ceil"], "args": [[9, 9, 9], 6], "expected": 5},
        {"tags": ["average-trap"], "args": [[1, 1, 1, 100], 5], "expected": 50},
        {"tags": ["extreme-values", "single"], "args": [[BIG], 1], "expected": BIG},
        {"tags": ["extreme-values", "single"], "args": [[BIG], BIG], "expected": 1},
        {"tags": ["extreme-values"], "args": [[BIG, BIG], 3], "expected": BIG},
        {"tags": ["extreme-values"], "args": [[BIG, BIG], 4], "expected": BIG // 2},
        {"tags": ["extreme-values"], "args": [[BIG - 1, 1], BIG], "expected": 1},
        {"tags": ["extreme-values", "ceil"], "args": [[BIG, 1], 3], "expected": BIG // 2},
    ]
    for n, top, tag in ((8, 30, "small"), (100, 10_000, "medium"), (2000, BIG, "large")):
        piles = [rng.randint(1, top) for _ in range(n)]
        cases.append({"tags": [tag, "random"], "args": [piles, rng.randint(n, 4 * n)]})
    piles = [rng.randint(1, 50) for _ in range(500)]
    cases.append({"tags": ["random", "plenty-of-time"], "args": [piles, sum(piles) - 1]})

    # Max size: n = 10_000, piles up to 1e9, answers near 1e9: trying speeds one by one never ends.
    n = 10_000
    piles = [rng.randint(1, BIG) for _ in range(n)]
    cases.append({"tags": ["max-size", "h-equals-n"], "args": [piles, n]})
    piles = [rng.randint(BIG // 2, BIG) for _ in range(n)]
    cases.append({"tags": ["max-size", "random"], "args": [piles, n + n // 3]})
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [[BIG] * n, 2 * n - 1]})
    piles = [rng.randint(1, BIG) for _ in range(n)]
    cases.append({"tags": ["max-size", "plenty-of-time"], "args": [piles, BIG]})
    return cases
