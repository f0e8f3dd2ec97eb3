"""Worst-case inputs for the complexity report.

Distinct values of both signs: the sweep for every anchor walks the whole
remaining range, so the two-pointer solution does about n^2 / 2 steps.
"""


def distinct_values(sizes, rng):
    n = max(sizes["n"], 3)
    return [rng.sample(range(-100_000, 100_001), n)]
