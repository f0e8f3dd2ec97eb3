"""Worst-case inputs for the complexity report: random prices (every day is looked at once whatever the input)."""


def random_prices(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(0, 10_000) for _ in range(n)]]
