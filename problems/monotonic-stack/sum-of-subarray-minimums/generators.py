"""Worst-case inputs for the complexity report: random values (every subarray has its own minimum)."""


def random_values(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(1, 30_000) for _ in range(n)]]
