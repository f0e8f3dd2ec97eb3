"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np


def matrix(sizes, rng):
    """An n x m matrix of random values."""
    gen = np.random.default_rng(rng.getrandbits(64))
    return [gen.standard_normal((sizes["n"], sizes["m"])) * 10]
