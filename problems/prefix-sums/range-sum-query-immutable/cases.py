"""Cases for range-sum-query-immutable: LeetCode-style scripts, one constructor then sumRange calls."""

import random


def _script(nums, queries):
    return [["NumArray"] + ["sumRange"] * len(queries), [[nums]] + [list(q) for q in queries]]


def _case(tags, nums, queries, sums=None):
    case = {"tags": tags, "args": _script(nums, queries)}
    if sums is not None:
        case["expected"] = [None] + sums
    return case


EXAMPLES = [
    {"args": _script([4, -1, 3, 0, 2], [(0, 2), (1, 1), (2, 4)]), "expected": [None, 6, -1, 5],
     "explanation": "4 - 1 + 3 = 6; the range 1..1 is just -1; 3 + 0 + 2 = 5."},
]


def _random_queries(rng, n, q):
    queries = []
    for _ in range(q):
        a, b = rng.randrange(n), rng.randrange(n)
        queries.append((min(a, b), max(a, b)))
    return queries


def hidden_cases():
    rng = random.Random(303)
    cases = [
        _case(["single"], [5], [(0, 0)], [5]),
        _case(["single", "negative"], [-7], [(0, 0), (0, 0)], [-7, -7]),
        _case(["no-queries"], [1, 2, 3], [], []),
        _case(["from-start"], [3, 1, 4, 1, 5], [(0, 0), (0, 1), (0, 4)], [3, 4, 14]),
        _case(["to-end"], [3, 1, 4, 1, 5], [(4, 4), (3, 4), (1, 4)], [5, 6, 11]),
        _case(["single-element-range"], [3, 1, 4, 1, 5], [(2, 2), (1, 1), (3, 3)], [4, 1, 1]),
        _case(["whole-list"], [2, 7, 1, 8], [(0, 3)], [18]),
        _case(["negative"], [-2, -3, -5], [(0, 1), (1, 2), (0, 2)], [-5, -8, -10]),
        _case(["negative", "zero-sum"], [5, -5, 3, -3], [(0, 1), (1, 2), (0, 3), (2, 3)], [0, -2, 0, 0]),
        _case(["zero"], [0, 0, 0], [(0, 2), (1, 1)], [0, 0]),
        _case(["repeated-query"], [1, 2, 3, 4], [(1, 2), (1, 2), (1, 2)], [5, 5, 5]),
        _case(["extreme-values"], [100_000, -100_000, 100_000], [(0, 2), (0, 1), (1, 2)], [100_000, 0, 0]),
        _case(["overlapping"], [1, 10, 100, 1000], [(0, 2), (1, 3), (1, 2)], [111, 1110, 110]),
        _case(["pair"], [9, -4], [(0, 0), (1, 1), (0, 1)], [9, -4, 5]),
        _case(["from-start", "negative"], [-1, 2, -3, 4], [(0, 3), (0, 2), (0, 1)], [2, -2, 1]),
        _case(["middle"], [6, 2, 9, 4, 8], [(1, 3)], [15]),
    ]
    for n, q in ((10, 10), (100, 200), (1000, 1000), (5000, 5000)):
        nums = [rng.randint(-100_000, 100_000) for _ in range(n)]
        cases.append(_case(["random"], nums, _random_queries(rng, n, q)))
    nums = [rng.randint(-3, 3) for _ in range(300)]
    cases.append(_case(["random", "from-start"], nums, [(0, r) for r in range(300)]))
    cases.append(_case(["random", "to-end"], nums, [(l, 299) for l in range(300)]))

    # Max size, LeetCode's: 10,000 numbers and 10,000 queries. Adding up each range in a loop is up to
    # 10^8 additions.
    n, q = 10_000, 10_000
    nums = [rng.randint(-100_000, 100_000) for _ in range(n)]
    cases.append(_case(["max-size", "whole-list"], nums, [(0, n - 1)] * q))
    cases.append(_case(["max-size", "random"], nums, _random_queries(rng, n, q)))
    wide = [(rng.randrange(10), n - 1 - rng.randrange(10)) for _ in range(q)]
    cases.append(_case(["max-size", "extreme-values"], [100_000] * n, wide,
                       [100_000 * (r - l + 1) for l, r in wide]))
    cases.append(_case(["max-size", "from-start", "single-element-range"], nums,
                       [(0, n - 1 - k) if k % 2 else (k, k) for k in range(q)]))
    return cases
