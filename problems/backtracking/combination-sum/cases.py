"""Cases for combination-sum (1 <= len(candidates) <= 30, distinct 2..40, 1 <= target <= 40, < 150 answers)."""

import random

EXAMPLES = [
    {"args": [[3, 4, 5], 8], "expected": [[3, 5], [4, 4]], "explanation": "3 + 5 and 4 + 4."},
    {"args": [[2, 5, 9], 11], "expected": [[2, 2, 2, 5], [2, 9]], "explanation": "2 may be used three times."},
    {"args": [[4, 6], 5], "expected": [], "explanation": "No combination of 4s and 6s makes 5."},
]


def _count(candidates, target):
    """How many combinations make target (the coin-change count), to keep generated inputs under 150."""
    ways = [1] + [0] * target
    for c in candidates:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    return ways[target]


def _random_input(rng, k, lo, target):
    while True:
        candidates = rng.sample(range(lo, 41), k)
        if 0 < _count(candidates, target) < 150:
            return candidates


def hidden_cases():
    rng = random.Random(39)
    cases = [
        {"tags": ["single", "none"], "args": [[2], 1], "expected": []},
        {"tags": ["single", "exact"], "args": [[2], 2], "expected": [[2]]},
        {"tags": ["single", "none"], "args": [[7], 3], "expected": []},
        {"tags": ["none"], "args": [[4, 6], 5], "expected": []},
        {"tags": ["none", "too-large"], "args": [[10, 20, 30], 25], "expected": []},
        {"tags": ["reuse"], "args": [[3, 4, 5], 8], "expected": [[3, 5], [4, 4]]},
        {"tags": ["reuse"], "args": [[2, 5, 9], 11], "expected": [[2, 2, 2, 5], [2, 9]]},
        {"tags": ["reuse"], "args": [[2, 3], 7], "expected": [[2, 2, 3]]},
        {"tags": ["reuse"], "args": [[5, 10], 15], "expected": [[5, 5, 5], [5, 10]]},
        {"tags": ["unsorted"], "args": [[8, 3, 5], 11], "expected": [[3, 3, 5], [3, 8]]},
        {"tags": ["unsorted", "reversed"], "args": [[6, 4, 2], 8],
         "expected": [[2, 2, 2, 2], [2, 2, 4], [4, 4], [2, 6]]},
        {"tags": ["largest-candidate"], "args": [[3, 11], 11], "expected": [[11]]},
        {"tags": ["largest-candidate", "extreme-values"], "args": [[39, 40], 40], "expected": [[40]]},
        {"tags": ["extreme-values", "exact"], "args": [[40], 40], "expected": [[40]]},
        {"tags": ["deep"], "args": [[2], 40], "expected": [[2] * 20]},
        {"tags": ["deep", "unsorted"], "args": [[3, 2], 12], "expected": [[2] * 6, [2, 2, 2, 3, 3], [3] * 4]},
    ]
    for k, lo, target in ((3, 2, 10), (4, 2, 17), (6, 3, 25), (8, 5, 30), (12, 7, 40)):
        cases.append({"tags": ["random"], "args": [_random_input(rng, k, lo, target), target]})
    # Max size: 30 candidates, target 40. Trying every count vector means ~10^11 vectors on the first.
    big = list(range(11, 41))
    rng.shuffle(big)
    cases.append({"tags": ["max-size", "unsorted"], "args": [big, 40]})
    cases.append({"tags": ["max-size", "sorted"], "args": [list(range(11, 41)), 40]})
    cases.append({"tags": ["max-size", "random"], "args": [_random_input(rng, 30, 2, 40), 40]})
    cases.append({"tags": ["max-size", "random"], "args": [_random_input(rng, 30, 2, 40), 39]})
    cases.append({"tags": ["max-size", "none", "too-large"], "args": [list(range(11, 41)), 10], "expected": []})
    cases.append({"tags": ["none", "parity"], "args": [list(range(40, 1, -2)), 39], "expected": []})
    return cases
