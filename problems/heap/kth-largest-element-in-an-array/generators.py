"""Worst-case inputs for the complexity report: random values with k = n / 2 (the median, far from either end).

With k a fixed fraction of n, a heap of k costs O(n log n), removing the
maximum k times O(n^2), and quickselect expected O(n).
"""


def middle_k(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(-10_000, 10_000) for _ in range(n)], max(1, n // 2)]
