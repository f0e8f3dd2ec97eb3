"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n random values: every subset is visited whatever they are, on a step ladder up to 16 values.
"""


def random_values(sizes, rng):
    return [[rng.randint(1, 20) for _ in range(sizes["n"])]]
