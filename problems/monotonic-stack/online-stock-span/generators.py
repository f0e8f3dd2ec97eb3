"""Worst-case inputs for the complexity report.

Rising prices: each span covers the whole history, so walking back day by day
is quadratic, while the stack holds one entry throughout.
"""


def rising(sizes, rng):
    n = max(sizes["n"], 1)
    prices = sorted(rng.sample(range(1, 100_001), n)) if n <= 50_000 else list(range(1, n + 1))
    return [["StockSpanner"] + ["next"] * n, [[]] + [[p] for p in prices]]
