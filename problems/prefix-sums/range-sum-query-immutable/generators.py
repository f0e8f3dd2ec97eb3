"""Worst-case inputs for the complexity report: n numbers and n queries over the whole list.

A query that adds up its range costs n, so n full-range queries cost n^2.
"""


def full_range_queries(sizes, rng):
    n = max(sizes["n"], 1)
    nums = [rng.randint(-100_000, 100_000) for _ in range(n)]
    return [["NumArray"] + ["sumRange"] * n, [[nums]] + [[0, n - 1]] * n]
