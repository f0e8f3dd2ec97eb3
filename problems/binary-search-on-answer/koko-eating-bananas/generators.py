"""Worst-case inputs for the complexity report.

Random piles up to 1e9 and h = n, so the answer is the largest pile and the
search runs its full ~30 rounds, each a pass over all n piles.
"""


def one_hour_per_pile(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(1, 10**9) for _ in range(n)], n]
