"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n distinct values: n! orders whatever they are, on a step ladder (the answer grows n-fold per step).
"""


def distinct(sizes, rng):
    return [rng.sample(range(-10, 11), sizes["n"])]
