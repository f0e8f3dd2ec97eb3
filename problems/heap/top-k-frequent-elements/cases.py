"""Cases for top-k-frequent-elements. Every input has a unique answer (compared in any order)."""

import random

EXAMPLES = [
    {"args": [[4, 4, 4, 6, 6, 5], 2], "expected": [4, 6],
     "explanation": "4 occurs three times and 6 twice; 5 only once. [6, 4] is accepted too."},
    {"args": [[7], 1], "expected": [7], "explanation": "A single value."},
    {"args": [[1, 1, 2, 2, 3], 2], "expected": [1, 2],
     "explanation": "1 and 2 tie with each other, but both beat 3, so the answer is still unique."},
]


def _build(rng, counts):
    """nums holding each value counts[value] times, shuffled."""
    nums = [v for v, c in counts.items() for _ in range(c)]
    rng.shuffle(nums)
    return nums


def hidden_cases():
    rng = random.Random(347)
    cases = [
        {"tags": ["single"], "args": [[7], 1], "expected": [7]},
        {"tags": ["all-equal"], "args": [[9, 9, 9, 9, 9], 1], "expected": [9]},
        {"tags": ["all-distinct", "k-all"], "args": [[3, 1, 2], 3], "expected": [1, 2, 3]},
        {"tags": ["k-all", "duplicates"], "args": [[2, 2, 3, 1, 1, 1], 3], "expected": [1, 2, 3]},
        {"tags": ["tie-inside"], "args": [[1, 1, 2, 2, 3], 2], "expected": [1, 2]},
        {"tags": ["tie-inside"], "args": [[5, 6, 7, 5, 6, 7, 8], 3], "expected": [5, 6, 7]},
        {"tags": ["negative"], "args": [[-1, -1, -2, 0, 0, 0], 2], "expected": [0, -1]},
        {"tags": ["negative"], "args": [[-5, -5, -5, -3, -3, -4], 1], "expected": [-5]},
        {"tags": ["zero"], "args": [[0, 0, 1, -1, 0], 1], "expected": [0]},
        {"tags": ["value-not-count"], "args": [[1, 2, 2, 3, 3, 3], 2], "expected": [2, 3]},
        {"tags": ["value-not-count"], "args": [[10, 10, 20], 1], "expected": [10]},
        {"tags": ["unsorted", "scattered"], "args": [[4, 1, 4, 2, 4, 1, 3], 2], "expected": [4, 1]},
        {"tags": ["scattered"], "args": [[8, 9, 8, 9, 8, 9, 7, 8], 2], "expected": [8, 9]},
        {"tags": ["least-frequent-trap"], "args": [[1, 2, 3, 3, 3, 3], 1], "expected": [3]},
        {"tags": ["extreme-values"], "args": [[10_000, -10_000, 10_000, 0], 1], "expected": [10_000]},
        {"tags": ["extreme-values"], "args": [[-10_000, -10_000, 10_000, 10_000, 1], 2],
         "expected": [-10_000, 10_000]},
        {"tags": ["sorted"], "args": [[1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3], "expected": [2, 3, 4]},
    ]
    for d, top, k, tag in ((6, 20, 3, "small"), (100, 1000, 10, "medium"), (2000, 10_000, 500, "large")):
        values = rng.sample(range(-top, top + 1), d)
        counts = {v: rng.randint(1, 5) for v in values}
        for v in values[:k]:
            counts[v] += 5  # the first k values all beat the rest
        cases.append({"tags": [tag, "random"], "args": [_build(rng, counts), k]})
    counts = {v: 1 for v in range(200)}
    counts[55] = 2
    cases.append({"tags": ["random", "one-winner"], "args": [_build(rng, counts), 1]})

    # Max size: n = 50_000 with up to 20_001 distinct values. Recounting the list once per
    # distinct value is ~1e9 steps.
    values = list(range(-10_000, 10_001))
    rng.shuffle(values)
    counts = {v: 1 for v in values}
    for v in values[:1000]:
        counts[v] += 29
    counts[values[0]] += 50_000 - sum(counts.values())
    cases.append({"tags": ["max-size", "many-distinct"], "args": [_build(rng, counts), 1000]})
    counts = {v: 1 for v in values}
    counts[values[5]] += 50_000 - len(values)
    cases.append({"tags": ["max-size", "one-winner"], "args": [_build(rng, counts), 1]})
    counts = {v: 4 for v in values[:6_500]}
    counts.update({v: 3 for v in values[6_500:13_000]})
    counts.update({v: 1 for v in values[13_000:17_500]})  # 26_000 + 19_500 + 4_500 = 50_000
    nums = _build(rng, counts)
    cases.append({"tags": ["max-size", "tie-inside"], "args": [nums, 13_000]})
    cases.append({"tags": ["max-size", "many-distinct"], "args": [nums, 6_500]})
    cases.append({"tags": ["max-size", "all-distinct", "k-all"], "args": [values, len(values)]})
    return cases
