"""Worst-case inputs for the complexity report: values of both signs with a small k (remainders repeat)."""


def mixed_signs(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(-10_000, 10_000) for _ in range(n)], 7]
