"""Worst-case inputs for the complexity report.

k = n / 12 values occur 4 times (the answer), the rest of n twice, padded
with a singleton to exactly n, shuffled: about 5n / 12 distinct values, so
recounting per value is quadratic and a heap of k costs O(n log n).
"""


def many_distinct(sizes, rng):
    n = max(sizes["n"], 4)
    k = max(1, n // 12)
    rest = (n - 4 * k) // 2
    singles = n - 4 * k - 2 * rest  # 0 or 1
    values = rng.sample(range(-10_000, 10_001), k + rest + singles)
    nums = [v for v in values[:k] for _ in range(4)] + [v for v in values[k:k + rest] for _ in range(2)]
    nums += values[k + rest:]
    rng.shuffle(nums)
    return [nums, k]
