"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every house costs a DP the same, so random amounts serve.
"""


def houses(sizes, rng):
    return [[rng.randint(0, 400) for _ in range(sizes["n"])]]
