"""Inputs for the complexity report: n distinct lengths in one bucket of n (the bucket's sort is all the
work), batches of 32."""


def lengths(sizes, rng):
    n = sizes["n"]
    values = rng.sample(range(1, 4 * n + 1), n)
    return [values, 32, n]
