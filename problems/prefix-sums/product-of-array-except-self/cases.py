"""Cases for product-of-array-except-self. Every prefix and suffix product fits in 32 bits."""

import random

EXAMPLES = [
    {"args": [[2, 3, 4, 5]], "expected": [60, 40, 30, 24],
     "explanation": "answer[0] = 3 * 4 * 5 = 60, answer[1] = 2 * 4 * 5 = 40, and so on."},
    {"args": [[-2, 0, 3]], "expected": [0, -6, 0],
     "explanation": "Only the position of the zero leaves it out: -2 * 3 = -6."},
]


def _bounded(rng, n, big=20):
    """n values of +-1 with `big` (at most 20) larger ones: at most 8 threes and the rest twos, so every
    product is at most 3^8 * 2^12 < 2^31."""
    nums = [rng.choice((-1, 1)) for _ in range(n)]
    for k, i in enumerate(rng.sample(range(n), big)):
        nums[i] = rng.choice((-3, 3)) if k < 8 else rng.choice((-2, 2))
    return nums


def hidden_cases():
    rng = random.Random(238)
    cases = [
        {"tags": ["pair"], "args": [[3, 7]], "expected": [7, 3]},
        {"tags": ["pair", "negative"], "args": [[-3, 7]], "expected": [7, -3]},
        {"tags": ["small"], "args": [[1, 2, 3]], "expected": [6, 3, 2]},
        {"tags": ["small"], "args": [[5, 2, 7, 3]], "expected": [42, 105, 30, 70]},
        {"tags": ["negative"], "args": [[-1, -2, -3, -4]], "expected": [-24, -12, -8, -6]},
        {"tags": ["negative"], "args": [[2, -3, 4, -5]], "expected": [60, -40, 30, -24]},
        {"tags": ["all-equal"], "args": [[2, 2, 2, 2, 2]], "expected": [16, 16, 16, 16, 16]},
        {"tags": ["ones"], "args": [[1, 1, 1]], "expected": [1, 1, 1]},
        {"tags": ["zero", "pair"], "args": [[0, 4]], "expected": [4, 0]},
        {"tags": ["zero", "pair"], "args": [[4, 0]], "expected": [0, 4]},
        {"tags": ["zero"], "args": [[1, 2, 0, 4]], "expected": [0, 0, 8, 0]},
        {"tags": ["zero", "ends"], "args": [[0, 2, 3, 4]], "expected": [24, 0, 0, 0]},
        {"tags": ["zero", "ends"], "args": [[2, 3, 4, 0]], "expected": [0, 0, 0, 24]},
        {"tags": ["zero", "negative"], "args": [[-1, 1, 0, -3, 3]], "expected": [0, 0, 9, 0, 0]},
        {"tags": ["two-zeros"], "args": [[0, 0]], "expected": [0, 0]},
        {"tags": ["two-zeros"], "args": [[3, 0, 5, 0, 7]], "expected": [0, 0, 0, 0, 0]},
        {"tags": ["extreme-values"], "args": [[30, -30, 30]], "expected": [-900, 900, -900]},
        {"tags": ["extreme-values"], "args": [[30, 30, 30, 30, 30, 30]], "expected": [24_300_000] * 6},
        {"tags": ["varied"], "args": [[3, 5, 7, 11, 13]], "expected": [5005, 3003, 2145, 1365, 1155]},
        {"tags": ["varied", "negative"], "args": [[-7, 2, 9, -1, 4, 6]],
         "expected": [-432, 1512, 336, -3024, 756, 504]},
    ]
    for n in (10, 100, 1000):
        cases.append({"tags": ["random"], "args": [_bounded(rng, n, big=min(n, 15))]})
    nums = _bounded(rng, 1000, big=15)
    nums[rng.randrange(1000)] = 0
    cases.append({"tags": ["random", "zero"], "args": [nums]})
    nums = [rng.randint(-30, 30) or 7 for _ in range(6)]
    cases.append({"tags": ["random", "extreme-values"], "args": [nums]})

    # Max size: 100,000 values; multiplying out the rest for every position is 1e10 products.
    n = 100_000
    cases.append({"tags": ["max-size", "random"], "args": [_bounded(rng, n)]})
    nums = _bounded(rng, n)
    nums[n // 3] = 0
    cases.append({"tags": ["max-size", "zero"], "args": [nums]})
    nums[2 * n // 3] = 0
    cases.append({"tags": ["max-size", "two-zeros"], "args": [nums], "expected": [0] * n})
    cases.append({"tags": ["max-size", "ones"], "args": [[1] * n], "expected": [1] * n})
    nums = [-1] * n
    nums[0], nums[-1] = 30, -30
    cases.append({"tags": ["max-size", "negative", "ends"], "args": [nums]})
    return cases
