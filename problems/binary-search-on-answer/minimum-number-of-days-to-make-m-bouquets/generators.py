"""Worst-case inputs for the complexity report.

Distinct random bloom days and bouquets of 5 that need half of the flowers,
so the answer lies late and every search round is a full pass.
"""


def half_the_flowers(sizes, rng):
    n = max(sizes["n"], 10)
    return [rng.sample(range(1, 10**9), n), n // 10, 5]
