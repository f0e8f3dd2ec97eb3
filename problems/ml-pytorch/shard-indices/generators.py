"""Inputs for the complexity report: n indices over 4 replicas, rank 1, padded (n is not a multiple of 4)."""


def dataset(sizes, rng):
    return [sizes["n"] + 1, 4, 1, False]
