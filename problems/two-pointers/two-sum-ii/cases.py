"""Cases for two-sum-ii. Every input has exactly one valid pair."""

import random

EXAMPLES = [
    {"args": [[1, 3, 4, 8], 7], "expected": [2, 3], "explanation": "3 + 4 = 7, at positions 2 and 3."},
    {"args": [[-3, 0, 5], 2], "expected": [1, 3], "explanation": "-3 + 5 = 2."},
    {"args": [[2, 2], 4], "expected": [1, 2], "explanation": "Equal values at different positions are fine."},
]


def _unique_pair(rng, n, lo, hi):
    """A sorted list of n distinct values with a target that only the planted pair reaches."""
    values = sorted(rng.sample(range(lo, hi), n))
    i, j = sorted(rng.sample(range(n), 2))
    target = values[i] + values[j]
    # Distinct values can still give a second pair with the same sum; re-plant until unique.
    seen, pairs = set(), 0
    for v in values:
        if target - v in seen:
            pairs += 1
        seen.add(v)
    if pairs != 1:
        return _unique_pair(rng, n, lo, hi)
    return values, target


def hidden_cases():
    rng = random.Random(167)
    cases = [
        {"tags": ["min-size"], "args": [[1, 2], 3], "expected": [1, 2]},
        {"tags": ["min-size", "negative"], "args": [[-5, -1], -6], "expected": [1, 2]},
        {"tags": ["duplicates"], "args": [[1, 1], 2], "expected": [1, 2]},
        {"tags": ["duplicates"], "args": [[0, 0, 3, 4], 0], "expected": [1, 2]},
        {"tags": ["duplicates"], "args": [[1, 2, 2, 9], 4], "expected": [2, 3]},
        {"tags": ["ends"], "args": [[1, 5, 6, 7, 20], 21], "expected": [1, 5]},
        {"tags": ["adjacent"], "args": [[1, 2, 30, 31, 100], 61], "expected": [3, 4]},
        {"tags": ["adjacent", "ends"], "args": [[4, 5, 10, 50], 9], "expected": [1, 2]},
        {"tags": ["adjacent", "ends"], "args": [[-10, 3, 40, 41], 81], "expected": [3, 4]},
        {"tags": ["negative"], "args": [[-8, -4, -2, 7], -6], "expected": [2, 3]},
        {"tags": ["negative", "zero"], "args": [[-3, 0, 3, 9], 0], "expected": [1, 3]},
        {"tags": ["zero"], "args": [[0, 1, 5, 9], 9], "expected": [1, 4]},
        {"tags": ["extreme-values"], "args": [[-10**9, 1, 10**9], 0], "expected": [1, 3]},
        {"tags": ["extreme-values"], "args": [[0, 10**9 - 1, 10**9], 2 * 10**9 - 1], "expected": [2, 3]},
        {"tags": ["extreme-values", "negative"], "args": [[-10**9, -10**9 + 1, 5], -2 * 10**9 + 1],
         "expected": [1, 2]},
        {"tags": ["middle"], "args": [[1, 2, 3, 50, 60, 200, 300], 110], "expected": [4, 5]},
        {"tags": ["greedy-trap"], "args": [[1, 3, 5, 6, 12], 11], "expected": [3, 4]},
    ]
    for n, tag in ((10, "small"), (100, "medium"), (1000, "medium"), (5000, "large")):
        values, target = _unique_pair(rng, n, -10**6, 10**6)
        cases.append({"tags": [tag, "random"], "args": [values, target]})
    values, target = _unique_pair(rng, 2000, -10**9, 10**9)
    cases.append({"tags": ["random", "extreme-values"], "args": [values, target]})
    # Max size: the pair sits in the middle, so a quadratic scan does ~n^2/4 additions.
    n = 100_000
    values = list(range(0, 4 * n, 4))
    mid = n // 2
    values[mid] += 1
    values[mid + 1] += 2
    cases.append({"tags": ["max-size", "middle"], "args": [values, values[mid] + values[mid + 1]]})
    values = list(range(-2 * n, 2 * n, 4))
    values[0] -= 1  # 3 mod 4 and 2 mod 4: the only pair whose sum is 1 mod 4
    values[-1] -= 2
    cases.append({"tags": ["max-size", "negative", "ends"], "args": [values, values[0] + values[-1]]})
    values = [7] * 2 + list(range(10, 10 + n - 2))
    cases.append({"tags": ["max-size", "duplicates"], "args": [values, 14]})
    values = list(range(1, n + 1))
    values[-1] = values[-2] + 10**6
    cases.append({"tags": ["max-size", "adjacent"], "args": [values, values[-2] + values[-1]]})
    return cases
