"""Worst-case inputs for the complexity report: small values of both signs, so running totals repeat often."""


def small_values(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(-3, 3) for _ in range(n)], rng.randint(-3, 3)]
