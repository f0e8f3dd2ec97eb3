"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np

K = 5  # k is a constant of the sweep: sorting a whole row costs O(m log m) whatever k is


def scores(sizes, rng):
    """An n x m matrix of distinct random scores, and k = min(K, m)."""
    gen = np.random.default_rng(rng.getrandbits(64))
    m = sizes["m"]
    return [gen.standard_normal((sizes["n"], m)), min(K, m)]
