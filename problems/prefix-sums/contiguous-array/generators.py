"""Worst-case inputs for the complexity report: random bits (every position is visited once whatever the input)."""


def random_bits(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(0, 1) for _ in range(n)]]
