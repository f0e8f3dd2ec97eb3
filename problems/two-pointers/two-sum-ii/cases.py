"""Cases for two-sum-ii. Every input has exactly one valid pair."""

import random

EXAMPLES = [
    {"args": [[1, 3, 4, 8], 7], "expected": [2, 3], "explanation": "3 + 4 = 7, at positions 2 and 3."},
    {"args": [[-3, 0, 5], 2], "expected": [1, 3], "explanation": "-3 + 5 = 2."},
    {"args": [[2, 2], 4], "expected": [1, 2], "explanation": "Equal values at different positions are fine."},
]


LIMIT = 1000  # LeetCode's: values and target within -1000..1000


def _unique_pair(rng, n):
    """A sorted list of n distinct values with a target that only the planted pair reaches."""
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), n))
    while True:
        i, j = sorted(rng.sample(range(n), 2))
        target = values[i] + values[j]
        # Distinct values can still give a second pair with the same sum; re-plant until unique.
        seen, pairs = set(), 0
        for v in values:
            if target - v in seen:
                pairs += 1
            seen.add(v)
        if pairs == 1 and -LIMIT <= target <= LIMIT:
            return values, target


def _one_odd(rng, n, odd, even, below):
    """n sorted values, all even but `odd`, with `even` appearing once and `below` of the others under
    `odd`: the target odd + even is odd, so its pair needs the one odd value, and only `even` completes it."""
    others = [v for v in range(-LIMIT, LIMIT + 1, 2) if v != even]
    low, high = [v for v in others if v < odd], [v for v in others if v > odd]
    values = sorted(rng.choice(low) for _ in range(below)) + [odd]
    values += sorted([even] + [rng.choice(high) for _ in range(n - below - 2)])
    return values, odd + even


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
        {"tags": ["extreme-values"], "args": [[-1000, 1, 1000], 0], "expected": [1, 3]},
        {"tags": ["extreme-values"], "args": [[-1000, 0, 1000], 1000], "expected": [2, 3]},
        {"tags": ["extreme-values", "negative"], "args": [[-1000, 0, 1], -1000], "expected": [1, 2]},
        {"tags": ["middle"], "args": [[1, 2, 3, 50, 60, 200, 300], 110], "expected": [4, 5]},
        {"tags": ["greedy-trap"], "args": [[1, 3, 5, 6, 12], 11], "expected": [3, 4]},
    ]
    for n, tag in ((10, "small"), (30, "medium")):  # distinct values: longer lists have many pairs per sum
        values, target = _unique_pair(rng, n)
        cases.append({"tags": [tag, "random"], "args": [values, target]})
    values, target = _one_odd(rng, 1500, -421, 300, 500)
    cases.append({"tags": ["large", "random", "duplicates"], "args": [values, target]})
    values, target = _one_odd(rng, 5000, -1, 2, 2000)
    cases.append({"tags": ["large", "random", "duplicates"], "args": [values, target]})
    values, target = _one_odd(rng, 3000, -999, 1000, 0)
    cases.append({"tags": ["random", "extreme-values", "ends"], "args": [values, target]})

    # Max size, LeetCode's: n = 30_000 values within +-1000, so most values repeat. With the pair in the
    # middle or at the end, a scan of all pairs checks about 10^8 to 4 * 10^8 of them first.
    n = 30_000
    values, target = _one_odd(rng, n, 1, 2, n // 2)
    cases.append({"tags": ["max-size", "middle", "duplicates"], "args": [values, target]})
    values, target = _one_odd(rng, n, -999, 1000, 0)
    cases.append({"tags": ["max-size", "negative", "ends"], "args": [values, target]})
    values = [7, 7] + sorted(rng.randint(15, LIMIT) for _ in range(n - 2))  # any two others add up to 30+
    cases.append({"tags": ["max-size", "duplicates"], "args": [values, 14]})
    values, target = _one_odd(rng, n, 499, 500, n - 2)  # every other value is below 499
    cases.append({"tags": ["max-size", "adjacent"], "args": [values, target]})
    return cases
